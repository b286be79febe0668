import type { Messages } from './types.js';

export const en: Messages = {
  locale: 'en',
  dir: 'ltr',
  ui: {
    titleDocument: 'Photo of your ID document',
    titleSelfie: 'Selfie',
    dropHint: 'Drop a photo here, paste one, or',
    chooseFile: 'Choose a photo',
    takePhoto: 'Take a photo',
    checking: 'Checking your photo…',
    verdictPass: 'Looks good.',
    verdictWarn: 'Usable, but it could be better:',
    verdictFail: 'This photo would likely be rejected:',
    verdictUnreadable: 'We could not check this file:',
    useThisPhoto: 'Use this photo',
    retake: 'Try another photo',
    useAnyway: 'Use this photo anyway',
    softFailNote: 'If you cannot take a better photo, you can send this one; it may take longer to review.',
    accepted: 'Photo accepted.',
    acceptedOverridden: 'Photo sent as it is.',
    changePhoto: 'Change photo',
    showMaps: 'Show where it is blurry or shiny',
    previewAlt: 'Your photo, with the problem areas marked',
    widgetError: 'The photo check could not run. You can still send your photo.',
    attempt: (attempt, maxAttempts) => `Try ${attempt} of ${maxAttempts}`,
  },
  issues: {
    blurry: ({ kind, place }) =>
      kind === 'selfie'
        ? 'Your face is blurry. Hold the phone still and tap the screen to focus on your face.'
        : place && place !== 'center'
          ? `The ${en.places[place]} of the document is out of focus. Hold the phone parallel to the card and tap to focus.`
          : 'The document is blurry. Hold the phone still, tap to focus, and try again.',
    glare: ({ glare, place }) =>
      glare === 'veil'
        ? `A haze of reflected light covers the ${place ? en.places[place] : 'print'}. Move away from the lamp or window.`
        : `Tilt the card to get rid of the reflection${place === 'center' ? ' in the middle' : place ? ` at the ${en.places[place]}` : ''}.`,
    document_not_found: () =>
      'We could not find the document. Put it on a plain, darker surface and fit it in the frame.',
    cropped: ({ cutSides, coveredCorners }) =>
      cutSides.length > 0
        ? `The ${en.list(cutSides.map((side) => en.sides[side]))} ${cutSides.length > 1 ? 'edges are' : 'edge is'} outside the photo: step back a little so all four corners show.`
        : coveredCorners.length > 0
          ? `Something covers the ${en.list(coveredCorners.map((corner) => en.corners[corner]))} ${coveredCorners.length > 1 ? 'corners' : 'corner'}: move your fingers off the card.`
          : 'Part of the document is cut off: make sure all four corners show.',
    too_far: () => 'The document is too small in the photo. Move the phone closer so the card fills most of the frame.',
    grayscale: ({ severity }) =>
      severity === 'fail'
        ? 'This is a black-and-white photo or scan. Take a colour photo of the original document.'
        : 'The photo looks black-and-white. If your document is in colour, photograph the original.',
    screenshot: () => 'This looks like a screenshot. Take a photo of the real document with your camera.',
    screen_recapture: () => 'This looks like a photo of a screen. Photograph the real document, not a picture of it.',
    edited: () => 'This file was saved by a photo editor. Send the photo as your camera took it.',
    no_portrait: () => 'We cannot see a face photo on the document. Photograph the side with your photo.',
    too_dark: ({ kind }) =>
      kind === 'selfie'
        ? 'Your face is too dark. Face a window or a lamp.'
        : 'The photo is too dark. Move to a brighter place.',
    overexposed: () => 'The photo is too bright and washed out. Move out of direct light.',
    low_resolution: () => 'The photo is too small to read. Take it with your camera instead of sending a thumbnail.',
    no_face: () => 'We cannot see a face. Look straight at the camera with your whole face in the frame.',
    multiple_faces: ({ faceCount }) =>
      `We see ${faceCount ?? 'more than one'} people. Make sure only you are in the photo.`,
    face_too_small: () => 'Your face is too far away. Hold the phone closer.',
    face_cut_off: ({ cutSides }) =>
      cutSides.length > 0
        ? `Your head is cut off at the ${en.list(cutSides.map((side) => en.sides[side]))}. Move so your whole head is in the picture.`
        : 'Part of your head is outside the picture. Move so your whole head fits.',
    unreadable: () => 'This file cannot be opened. Choose another photo or take a new one.',
    unsupported_format: ({ format }) =>
      format === 'heic' || format === 'heif'
        ? 'iPhone HEIC photos cannot be checked here. Use "Take a photo", or choose a JPEG (on iPhone: Settings › Camera › Formats › Most Compatible).'
        : format === 'pdf'
          ? 'This is a PDF. Upload a photo of the document (JPEG or PNG) instead.'
          : format === 'tiff'
            ? 'TIFF files are not accepted. Save the picture as JPEG or PNG, or take a photo.'
            : 'This is not a photo we can read. Choose a JPEG, PNG or WebP picture.',
    too_large: () => 'This file is too large. Choose a smaller photo or take a new one.',
    shadow: () => 'A shadow falls across the document. Light it evenly and try again.',
    scan_or_copy: () => 'This looks like a scan or a copy. Photograph the original document.',
  },
  sides: { top: 'top', right: 'right', bottom: 'bottom', left: 'left' },
  corners: {
    'top-left': 'top-left',
    'top-right': 'top-right',
    'bottom-right': 'bottom-right',
    'bottom-left': 'bottom-left',
    top: 'top',
    right: 'right',
    bottom: 'bottom',
    left: 'left',
  },
  places: {
    'top-left': 'top left',
    top: 'top',
    'top-right': 'top right',
    left: 'left side',
    center: 'middle',
    right: 'right side',
    'bottom-left': 'bottom left',
    bottom: 'bottom',
    'bottom-right': 'bottom right',
  },
  list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
};
