/**
 * Scanners, copiers and scanning apps, as their names appear in a file's metadata (EXIF Make,
 * Model and Software, XMP CreatorTool, a PDF's Producer and Creator): the `scan_or_copy` check
 * takes one as evidence that the file is a scan, not a camera photo. Kept as data, like
 * `editing-tools.ts`, so it can be reviewed and extended without touching the check.
 *
 * Phone scanning apps (Adobe Scan, Microsoft Lens, CamScanner…) count: they take a camera photo
 * but flatten, crop and recolour it into a scan, which is what an exchange asking for "the
 * original, photographed" turns away.
 */
export interface ScannerTool {
  /** Name shown in reports. */
  name: string;
  pattern: RegExp;
}

export const SCANNER_TOOLS: readonly ScannerTool[] = [
  // Flatbed and sheet-fed scanners, their drivers and scanning software.
  { name: 'Fujitsu / Ricoh ScanSnap', pattern: /scansnap|\bfi-\d{4}/i },
  { name: 'Canon CanoScan / MP Navigator / IJ Scan', pattern: /canoscan|mp navigator|ij scan|canon.*scan/i },
  { name: 'Epson Scan', pattern: /epson scan|epson.*perfection|perfection v\d/i },
  { name: 'HP Scan', pattern: /hp scan|scanjet|hp smart/i },
  { name: 'Brother scanner', pattern: /brother.*(scan|mfc|ads-)|controlcenter|iprint&scan/i },
  { name: 'Plustek', pattern: /plustek|opticbook|opticfilm/i },
  { name: 'VueScan', pattern: /vuescan/i },
  { name: 'SilverFast', pattern: /silverfast/i },
  { name: 'NAPS2', pattern: /\bnaps2\b/i },
  { name: 'SANE / XSane / Simple Scan', pattern: /\bx?sane\b|simple[- ]scan|document scanner/i },
  { name: 'Windows Fax and Scan', pattern: /fax and scan|windows scan/i },
  { name: 'macOS Image Capture', pattern: /image capture/i },
  // Copiers and multifunction printers: their scan-to-file writes the model name.
  { name: 'Xerox', pattern: /xerox|workcentre|versalink|altalink/i },
  // Makers that also made cameras or phones (Ricoh, Kyocera, Konica Minolta, Sharp) by copier line only.
  { name: 'Konica Minolta bizhub', pattern: /bizhub/i },
  { name: 'Kyocera', pattern: /taskalfa|ecosys/i },
  { name: 'Ricoh', pattern: /aficio|ricoh (mp|sp|im) /i },
  { name: 'Sharp MX', pattern: /sharp mx-/i },
  { name: 'Lexmark', pattern: /lexmark/i },
  { name: 'Toshiba e-STUDIO', pattern: /e-studio/i },
  // Phone apps that turn a photo into a scan.
  { name: 'Adobe Scan', pattern: /adobe scan/i },
  { name: 'Microsoft Lens', pattern: /office lens|microsoft lens/i },
  { name: 'CamScanner', pattern: /camscanner|intsig/i },
  { name: 'Genius Scan', pattern: /genius scan/i },
  { name: 'Scanbot', pattern: /scanbot/i },
  { name: 'TurboScan', pattern: /turboscan/i },
  { name: 'Tiny Scanner', pattern: /tiny ?scanner/i },
  { name: 'vFlat', pattern: /\bvflat\b/i },
  { name: 'SwiftScan', pattern: /swiftscan/i },
  { name: 'a scanner', pattern: /\bscann(er|ed)\b/i },
];

/** The scanner or scanning app named by `text` (one metadata field), or null. */
export function scannerToolOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return SCANNER_TOOLS.find((tool) => tool.pattern.test(trimmed))?.name ?? null;
}
