export function App() {
  return (
    <main>
      <h1>What Happens Next</h1>
      <p>Step through a diplomatic crisis move by move and see where it leads.</p>
    </main>
  );
}
