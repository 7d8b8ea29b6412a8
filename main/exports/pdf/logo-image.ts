/**
 * Draws the logo from its prepared form (../common/print-logo.ts): pdfkit takes as an image any
 * object with a width and a height and asks it to `embed` itself on first use in a document, so the
 * image object writes the samples deflated once per process — no PNG decoding, no alpha split, no
 * deflating at each export. A JPEG goes to pdfkit as it is (it only reads the header).
 */
import { printLogo } from '../common/print-logo'

/** A pdfkit reference, as far as an image uses it. */
interface Ref {
  data: Record<string, unknown>
  end(chunk?: Uint8Array): void
}

/** What pdfkit's `image` and its image objects use of the document (not in @types/pdfkit). */
interface ImageDoc {
  ref(data: Record<string, unknown>): Ref
  _imageCount: number
}

/** A pdfkit image object: `label` names it in the page's resources, `obj` once embedded. */
interface PreparedImage {
  width: number
  height: number
  label: string
  obj: Ref | null
  orientation: number
  embed(doc: ImageDoc): void
}

function preparedImage(
  doc: ImageDoc,
  width: number,
  height: number,
  samples: { rgb: Buffer; alpha?: Buffer },
): PreparedImage {
  doc._imageCount += 1
  return {
    width,
    height,
    label: `I${doc._imageCount}`,
    obj: null,
    orientation: 1,
    embed(into: ImageDoc) {
      const obj = into.ref({
        Type: 'XObject',
        Subtype: 'Image',
        BitsPerComponent: 8,
        Width: width,
        Height: height,
        ColorSpace: 'DeviceRGB',
        Filter: 'FlateDecode',
      })
      if (samples.alpha) {
        const mask = into.ref({
          Type: 'XObject',
          Subtype: 'Image',
          BitsPerComponent: 8,
          Width: width,
          Height: height,
          ColorSpace: 'DeviceGray',
          Decode: [0, 1],
          Filter: 'FlateDecode',
        })
        mask.end(samples.alpha)
        obj.data.SMask = mask
      }
      obj.end(samples.rgb)
      this.obj = obj
    },
  }
}

/** Draws the logo fitted in `options.fit` at (x, y), as `doc.image` would draw its bytes. */
export function drawLogo(
  doc: PDFKit.PDFDocument,
  bytes: Uint8Array,
  x: number,
  y: number,
  options: PDFKit.Mixins.ImageOption,
): void {
  const logo = printLogo(bytes)
  const src = !logo
    ? Buffer.from(bytes)
    : logo.samples
      ? preparedImage(doc as unknown as ImageDoc, logo.width, logo.height, logo.samples)
      : logo.file
  // pdfkit's `image` takes such an object (it checks `width` and `height`); its types only say Buffer.
  doc.image(src as Buffer, x, y, options)
}
