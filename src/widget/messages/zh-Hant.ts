import type { Messages } from './types.js';

export const zhHant: Messages = {
  locale: 'zh-Hant',
  dir: 'ltr',
  ui: {
    titleDocument: '身分證件照片',
    titleSelfie: '自拍照',
    dropHint: '將照片拖曳到這裡、直接貼上，或',
    chooseFile: '選擇照片',
    takePhoto: '拍照',
    checking: '正在檢查您的照片…',
    verdictPass: '照片看起來沒問題。',
    verdictWarn: '可以使用，但還可以更好：',
    verdictFail: '這張照片很可能無法通過審核：',
    verdictUnreadable: '無法檢查這個檔案：',
    useThisPhoto: '使用這張照片',
    retake: '換一張照片',
    useAnyway: '仍然使用這張照片',
    softFailNote: '如果無法拍出更好的照片，也可以送出這張；審核時間可能會比較長。',
    accepted: '照片已接受。',
    acceptedOverridden: '照片已按原樣送出。',
    changePhoto: '更換照片',
    showMaps: '顯示模糊或反光的位置',
    previewAlt: '您的照片，已標出有問題的區域',
    widgetError: '無法執行照片檢查。您仍然可以送出照片。',
    attempt: (attempt, maxAttempts) => `第 ${attempt} 次嘗試（共 ${maxAttempts} 次）`,
  },
  live: {
    openCamera: '使用相機',
    shutter: '立即拍照',
    closeCamera: '關閉相機',
    videoLabel: '相機畫面',
    starting: '正在啟動相機…',
    hints: {
      too_dark: ['光線不足。', '太暗了：請移到更明亮的地方或打開燈。'],
      overexposed: ['太亮了：請避開直射光。', '請避開陽光或遠離燈光。'],
      no_face: ['請看向相機。', '請將手機舉到與眼睛同高，讓整張臉位於橢圓框內。'],
      multiple_faces: ['畫面中只能有您一個人。', '請其他人離開畫面。'],
      face_cut_off: ['請將臉移入橢圓框內。', '頭部被裁切了：請把手機放在您的正前方。'],
      face_too_close: ['請將手機稍微拿遠一點。', '請伸直手臂拿著手機。'],
      face_too_small: ['請靠近一點。', '請將手機靠近，直到臉部填滿橢圓框。'],
      face_off_centre: ['請將臉部對準橢圓框中央。', '請移動手機，直到臉部位於橢圓框中間。'],
      blurry: ['請保持不動。', '請將手肘靠在物體上，拿穩手機。'],
      ready: ['請保持不動…', '請保持不動…'],
      document_not_found: ['請將證件放入框內。', '請將證件放在素色、較深的平面上，並放入框內。'],
      cropped: ['請露出證件的四個角。', '請將手機拿遠一點，手指不要遮住證件。'],
      document_too_close: ['請將手機稍微拿遠一點。', '請在證件周圍留出空白，讓四個角都露出來。'],
      too_far: ['請靠近一點。', '請將手機靠近，直到證件填滿框。'],
      glare: ['請傾斜證件以消除反光。', '請背對燈或窗戶，或關閉閃光燈。'],
    },
    errors: {
      permission_denied: '相機已被封鎖。請在瀏覽器設定中允許使用相機，或改為選擇照片。',
      no_camera: '找不到相機。請改為選擇照片。',
      camera_in_use: '相機正被其他應用程式使用。請關閉該程式後再試，或選擇照片。',
      insecure_context: '相機只能在安全（https）頁面上使用。請改為選擇照片。',
      unsupported: '此瀏覽器無法在這裡開啟相機。請改為選擇照片。',
      camera_failed: '相機無法啟動。請改為選擇照片。',
    },
    steps: { front: '證件正面', back: '證件背面', selfie: '自拍照' },
    stepOf: (step, total, name) => `第 ${step} 步（共 ${total} 步）：${name}`,
    turnOver: '現在請將證件翻面，拍攝背面。',
    flowDone: '所有照片都已準備好。',
  },
  issues: {
    blurry: ({ kind, place }) =>
      kind === 'selfie'
        ? '您的臉部模糊。請拿穩手機，並點一下螢幕上的臉部來對焦。'
        : place && place !== 'center'
          ? `證件${zhHant.places[place]}沒有對準焦點。請讓手機與證件保持平行，再點一下螢幕對焦。`
          : '證件模糊不清。請拿穩手機，點一下螢幕對焦後再試一次。',
    glare: ({ glare, place }) =>
      glare === 'veil'
        ? `${place ? `證件${zhHant.places[place]}` : '證件上的文字'}被一層反光蓋住了。請遠離燈光或窗戶。`
        : `請稍微傾斜證件，消除${place ? `${zhHant.places[place]}的` : ''}反光。`,
    document_not_found: () => '找不到證件。請將證件放在素色、顏色較深的平面上，並讓它完整出現在畫面中。',
    cropped: ({ cutSides, coveredCorners, coveredEdges }) =>
      cutSides.length > 0
        ? `證件${zhHant.list(cutSides.map((side) => zhHant.sides[side]))}超出了照片範圍。請把手機稍微拿遠一點，讓四個角都入鏡。`
        : coveredCorners.length > 0
          ? `證件${zhHant.list(coveredCorners.map((corner) => zhHant.corners[corner]))}被遮住了。請把手指從證件上移開。`
          : coveredEdges.length > 0
            ? `手指遮住了證件${zhHant.list(coveredEdges.map((side) => zhHant.sides[side]))}的邊緣。請只捏住證件的邊，讓整張證件露出來。`
            : '證件有一部分被切掉了。請確認四個角都完整入鏡。',
    too_far: () => '證件在照片中太小。請把手機拿近一點，讓證件佔滿大部分畫面。',
    grayscale: ({ severity }) =>
      severity === 'fail'
        ? '這是黑白照片或掃描檔。請用彩色拍攝證件正本。'
        : '這張照片看起來是黑白的。如果您的證件是彩色的，請拍攝證件正本。',
    screenshot: () => '這看起來是螢幕截圖。請用相機拍攝實體證件。',
    screen_recapture: () => '這看起來是翻拍螢幕的照片。請拍攝實體證件，而不是證件的圖片。',
    edited: () => '這個檔案經過修圖軟體儲存。請上傳相機拍攝的原始照片。',
    no_portrait: () => '在證件上看不到大頭照。請拍攝有您照片的那一面。',
    too_dark: ({ kind }) => (kind === 'selfie' ? '您的臉部太暗。請面向窗戶或燈光。' : '照片太暗。請移到更明亮的地方。'),
    overexposed: () => '照片太亮、過度曝光。請避開直射的光線。',
    low_resolution: () => '照片太小，無法辨識。請直接用相機拍攝，不要傳送縮圖。',
    no_face: () => '看不到臉部。請直視鏡頭，讓整張臉都在畫面中。',
    multiple_faces: ({ faceCount }) =>
      `${faceCount !== undefined && faceCount > 1 ? `照片中有 ${faceCount} 個人` : '照片中不只一個人'}。請確認只有您本人入鏡。`,
    face_too_small: () => '您的臉離鏡頭太遠。請把手機拿近一點。',
    face_cut_off: ({ cutSides }) =>
      cutSides.length > 0
        ? `您頭部的${zhHant.list(cutSides.map((side) => zhHant.sides[side]))}超出了畫面。請調整位置，讓整個頭部都在畫面中。`
        : '您的頭部有一部分超出了畫面。請調整位置，讓整個頭部都入鏡。',
    unreadable: ({ format, passwordProtected }) =>
      passwordProtected
        ? '這個 PDF 檔案受密碼保護。請改為上傳照片，或上傳未設密碼的 PDF 檔案。'
        : format === 'pdf'
          ? '無法開啟這個 PDF 檔案。請改為上傳照片（JPEG 或 PNG）。'
          : '無法開啟這個檔案。請選擇其他照片或重新拍攝。',
    unsupported_format: ({ format }) =>
      format === 'heic' || format === 'heif'
        ? '這裡無法檢查 iPhone 的 HEIC 照片。請使用「拍照」，或選擇 JPEG 檔案（在 iPhone 上：設定 › 相機 › 格式 › 最相容）。'
        : format === 'tiff'
          ? '不接受 TIFF 檔案。請將圖片另存為 JPEG 或 PNG，或直接拍照。'
          : '無法讀取這個檔案。請選擇 JPEG、PNG 或 WebP 格式的圖片。',
    too_large: () => '這個檔案太大。請選擇較小的照片或重新拍攝。',
    shadow: ({ overPortrait }) =>
      overPortrait
        ? '證件的照片上有陰影。請讓光線均勻照在證件上，然後再試一次。'
        : '證件上有陰影。請讓光線均勻照在證件上，然後再試一次。',
    scan_or_copy: () => '這看起來是掃描檔或影印本。請拍攝證件正本。',
  },
  sides: { top: '上方', right: '右側', bottom: '下方', left: '左側' },
  corners: {
    'top-left': '左上角',
    'top-right': '右上角',
    'bottom-right': '右下角',
    'bottom-left': '左下角',
    top: '最上方的角',
    right: '最右側的角',
    bottom: '最下方的角',
    left: '最左側的角',
  },
  places: {
    'top-left': '左上方',
    top: '上方',
    'top-right': '右上方',
    left: '左側',
    center: '中間',
    right: '右側',
    'bottom-left': '左下方',
    bottom: '下方',
    'bottom-right': '右下方',
  },
  list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`),
};
