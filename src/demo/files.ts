/** A file the user gave the page, with its path inside what they picked or dropped. */
export interface PickedFile {
  file: File;
  /** Path below the picked or dropped folder (`doc_good/a.jpg`), or the file's name. */
  path: string;
}

/**
 * Extensions of files the page checks. The checker reads only some of them (a PDF's first page);
 * the others (HEIC, TIFF, …) still get a row, with the checker's `unsupported_format` report.
 */
const IMAGE_EXTENSIONS = new Set([
  'jpg',
  'jpeg',
  'png',
  'webp',
  'gif',
  'bmp',
  'avif',
  'heic',
  'heif',
  'tif',
  'tiff',
  'pdf',
]);

const extension = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** Whether a file is an image (or a PDF) by its extension or its type. */
export function isImageLike(file: File): boolean {
  return (
    IMAGE_EXTENSIONS.has(extension(file.name)) || file.type.startsWith('image/') || file.type === 'application/pdf'
  );
}

/** Whether a file is a CSV file, which the page reads as a labelled manifest. */
export function isCsv(file: File): boolean {
  return extension(file.name) === 'csv' || file.type === 'text/csv';
}

/** A path without its first folder: `corpus/doc_good/a.jpg` → `doc_good/a.jpg`. */
const belowTop = (path: string): string => path.slice(path.indexOf('/') + 1);

/** The files of a file input, with their paths below the picked folder (`webkitdirectory`) or their names. */
export function fromFileList(files: FileList | readonly File[]): PickedFile[] {
  return [...files].map((file) => ({
    file,
    path: file.webkitRelativePath ? belowTop(file.webkitRelativePath) : file.name,
  }));
}

/**
 * The files of a drop, folders read recursively, with their paths below each dropped folder.
 * Call it in the `drop` handler itself: a drop's items can be read only while it is dispatched.
 */
export function fromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry());
  if (entries.some((entry) => entry === null)) return Promise.resolve(fromFileList(transfer.files));
  return Promise.all(entries.map((entry) => readEntry(entry!, entry!.isDirectory))).then((lists) => lists.flat());
}

/** A dropped file, or every file below a dropped folder. */
async function readEntry(entry: FileSystemEntry, inFolder: boolean): Promise<PickedFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    // fullPath is `/folder/sub/a.jpg` for a file of a dropped folder, `/a.jpg` for a dropped file.
    return [{ file, path: inFolder ? belowTop(entry.fullPath.slice(1)) : file.name }];
  }
  const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
  return (await Promise.all(children.map((child) => readEntry(child, true)))).flat();
}

/** Every entry of a folder: `readEntries` returns them a batch at a time until it returns none. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
