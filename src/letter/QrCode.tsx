// A QR code as SVG elements built in JSX, so the letter has no raw HTML sink at all: the qrcode library only
// encodes (QRCode.create), and each run of dark modules in a row becomes one rectangle in a single path.
import QRCode from "qrcode";

/** The SVG path of a QR matrix: one "M x y h n v 1 h -n z" rectangle per horizontal run of dark modules. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const { size, data } = modules;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column++;
      runs.push(`M${start} ${row}h${column - start}v1h${start - column}z`);
    }
  }
  return { size, path: runs.join("") };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = qrPath(text);
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${size} ${size}`} shape-rendering="crispEdges" role="img" aria-label={label}>
      <path d={path} fill="#000" />
    </svg>
  );
}
