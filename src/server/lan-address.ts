/** The address other devices on the classroom's network reach this machine at. */
import { networkInterfaces } from 'node:os';

/** The first non-internal IPv4 address; 127.0.0.1 when the machine has no network. */
export function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return '127.0.0.1';
}
