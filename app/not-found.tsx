import Link from "next/link";

// Requests outside any locale (e.g. /xyz.html) never reach app/[locale]; answer in German.
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body style={{ fontFamily: "system-ui, sans-serif", fontSize: "1.125rem", padding: "2rem" }}>
        <main>
          <h1>Seite nicht gefunden</h1>
          <p>
            <Link href="/de">Zur Startseite des Seniorenwegweisers</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
