// A QR code as JSX (one <path> of dark modules), so no library SVG string is ever written into the page.
// The qrcode library loads only when a share is made.

export interface QrModules {
  size: number;
  path: string;
}

export async function qrModules(text: string): Promise<QrModules> {
  const { default: QRCode } = await import("qrcode");
  const matrix = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  let path = "";
  for (let row = 0; row < matrix.size; row += 1) {
    for (let column = 0; column < matrix.size; column += 1) if (matrix.get(row, column)) path += `M${column + 1} ${row + 1}h1v1h-1z`;
  }
  return { size: matrix.size + 2, path }; // a quiet zone of one module on each side
}

export function QrCode({ modules, label }: { modules: QrModules; label: string }) {
  return (
    <div class="qr">
      <svg role="img" aria-label={label} viewBox={`0 0 ${modules.size} ${modules.size}`} shape-rendering="crispEdges">
        <rect width={modules.size} height={modules.size} fill="#fff" />
        <path d={modules.path} fill="#000" />
      </svg>
    </div>
  );
}
