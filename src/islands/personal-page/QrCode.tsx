// A share link's QR code as JSX, from the modules computed by src/islands/lib/qr.ts.
import type { QrModules } from "../lib/qr.ts";

export { qrModules, type QrModules } from "../lib/qr.ts";

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
