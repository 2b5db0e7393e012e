/** `npm run serve` flags and environment: --port/PORT, --host/HOST, --data/WHN_DATA, --redis/REDIS_URL, --public-address. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lanAddress } from './lan-address.ts';

export const SERVE_USAGE = `Usage: npm run serve -- [options]

  --port N              port for the app and the rooms (env PORT; default 8787; 0 picks a free one)
  --host ADDRESS        address to listen on (env HOST; default this machine's LAN address;
                        --host 127.0.0.1 for this machine only)
  --data DIR            folder for the rooms' event logs (env WHN_DATA; default ./whn-rooms)
  --redis URL           share rooms with other processes through Redis (env REDIS_URL)
  --public-address H:P  where devices reach this process, with --redis (default host:port)
  --rooms-only          serve the rooms without the built app`;

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly redisUrl: string | null;
  readonly publicAddress: string | null;
  readonly roomsOnly: boolean;
}

export function serveOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ServeOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        redis: { type: 'string' },
        'public-address': { type: 'string' },
        'rooms-only': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return `${(error as Error).message}\n\n${SERVE_USAGE}`;
  }
  if (values.help) return SERVE_USAGE;
  const portText = values.port ?? env.PORT ?? '8787';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `The port must be a whole number from 0 to 65535, not "${portText}".`;
  return {
    port,
    host: values.host ?? env.HOST ?? lanAddress(),
    dataDir: resolve(values.data ?? env.WHN_DATA ?? 'whn-rooms'),
    redisUrl: values.redis ?? env.REDIS_URL ?? null,
    publicAddress: values['public-address'] ?? null,
    roomsOnly: values['rooms-only'] ?? false,
  };
}
