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
  live: {
    openCamera: 'Use the camera',
    shutter: 'Take the photo now',
    closeCamera: 'Close the camera',
    videoLabel: 'Camera picture',
    starting: 'Starting the camera…',
    hints: {
      too_dark: ['Find more light.', 'It is too dark: move to a brighter place or turn on a light.'],
      overexposed: ['Too bright: move out of direct light.', 'Step out of the sun or away from the lamp.'],
      no_face: ['Look at the camera.', 'Hold the phone at eye level with your whole face in the oval.'],
      multiple_faces: ['Only you should be in the picture.', 'Ask others to step out of the picture.'],
      face_cut_off: ['Move your face into the oval.', 'Your head is cut off: hold the phone straight in front of you.'],
      face_too_close: ['Move the phone a little away.', 'Hold the phone at arm’s length.'],
      face_too_small: ['Move closer.', 'Bring the phone closer until your face fills the oval.'],
      face_off_centre: [
        'Centre your face in the oval.',
        'Move the phone until your face is in the middle of the oval.',
      ],
      blurry: ['Hold still.', 'Rest your elbows on something and hold the phone still.'],
      ready: ['Hold still…', 'Hold still…'],
      document_not_found: [
        'Show the card in the frame.',
        'Lay the card on a plain, darker surface and fit it inside the frame.',
      ],
      cropped: ['Show all four corners.', 'Move the phone back and keep your fingers off the card.'],
      document_too_close: ['Move the phone a little away.', 'Leave a margin around the card so all four corners show.'],
      too_far: ['Move closer.', 'Bring the phone closer until the card fills the frame.'],
      glare: ['Tilt the card to remove the reflection.', 'Turn away from the lamp or window, or switch off the flash.'],
    },
    errors: {
      permission_denied:
        'The camera is blocked. Allow camera access in your browser’s settings, or choose a photo instead.',
      no_camera: 'No camera was found. Choose a photo instead.',
      camera_in_use: 'The camera is in use by another app. Close it and try again, or choose a photo.',
      insecure_context: 'The camera only works on a secure (https) page. Choose a photo instead.',
      unsupported: 'This browser cannot open the camera here. Choose a photo instead.',
      camera_failed: 'The camera could not start. Choose a photo instead.',
    },
    steps: { front: 'front of your ID', back: 'back of your ID', selfie: 'selfie' },
    stepOf: (step, total, name) => `Step ${step} of ${total}: ${name}`,
    turnOver: 'Now turn the card over and photograph the back.',
    flowDone: 'All photos are ready.',
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
    cropped: ({ cutSides, coveredCorners, coveredEdges }) =>
      cutSides.length > 0
        ? `The ${en.list(cutSides.map((side) => en.sides[side]))} ${cutSides.length > 1 ? 'edges are' : 'edge is'} outside the photo: step back a little so all four corners show.`
        : coveredCorners.length > 0
          ? `Something covers the ${en.list(coveredCorners.map((corner) => en.corners[corner]))} ${coveredCorners.length > 1 ? 'corners' : 'corner'}: move your fingers off the card.`
          : coveredEdges.length > 0
            ? `Your fingers cover the ${en.list(coveredEdges.map((side) => en.sides[side]))} ${coveredEdges.length > 1 ? 'edges' : 'edge'} of the card: hold it by the rim so the whole card shows.`
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
    unreadable: ({ format, passwordProtected }) =>
      passwordProtected
        ? 'This PDF is protected by a password. Upload a photo instead, or a PDF without a password.'
        : format === 'pdf'
          ? 'This PDF cannot be opened. Upload a photo (JPEG or PNG) instead.'
          : 'This file cannot be opened. Choose another photo or take a new one.',
    unsupported_format: ({ format }) =>
      format === 'heic' || format === 'heif'
        ? 'iPhone HEIC photos cannot be checked here. Use "Take a photo", or choose a JPEG (on iPhone: Settings › Camera › Formats › Most Compatible).'
        : format === 'tiff'
          ? 'TIFF files are not accepted. Save the picture as JPEG or PNG, or take a photo.'
          : 'This is not a photo we can read. Choose a JPEG, PNG or WebP picture.',
    too_large: () => 'This file is too large. Choose a smaller photo or take a new one.',
    shadow: ({ overPortrait }) =>
      overPortrait
        ? 'A shadow falls on the photo on your document. Light the document evenly and try again.'
        : 'A shadow falls across the document. Light it evenly and try again.',
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
