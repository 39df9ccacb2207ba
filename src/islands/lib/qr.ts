// A QR code as the dark modules' outline (one SVG path), so callers build the SVG as elements or JSX and no
// library SVG string is ever written into a page. The qrcode library loads only when a code is wanted.
export interface QrModules {
  /** Width and height in modules, quiet zone included. */
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
