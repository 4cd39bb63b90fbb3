export function App() {
  return (
    <main>
      <h1>Scopewise</h1>
    </main>
  );
}
