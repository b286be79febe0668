import type { Messages } from './types.js';

export const zhHans: Messages = {
  locale: 'zh-Hans',
  dir: 'ltr',
  ui: {
    titleDocument: '身份证件照片',
    titleSelfie: '自拍照',
    dropHint: '将照片拖到这里、直接粘贴，或',
    chooseFile: '选择照片',
    takePhoto: '拍照',
    checking: '正在检查您的照片…',
    verdictPass: '照片看起来没问题。',
    verdictWarn: '可以使用，但还可以更好：',
    verdictFail: '这张照片很可能无法通过审核：',
    verdictUnreadable: '无法检查这个文件：',
    useThisPhoto: '使用这张照片',
    retake: '换一张照片',
    useAnyway: '仍然使用这张照片',
    softFailNote: '如果无法拍出更好的照片，也可以提交这张；审核时间可能会更长。',
    accepted: '照片已接受。',
    acceptedOverridden: '照片已按原样提交。',
    changePhoto: '更换照片',
    showMaps: '显示模糊或反光的位置',
    previewAlt: '您的照片，已标出有问题的区域',
    widgetError: '无法进行照片检查。您仍然可以提交照片。',
    attempt: (attempt, maxAttempts) => `第 ${attempt} 次尝试（共 ${maxAttempts} 次）`,
  },
  live: {
    openCamera: '使用相机',
    shutter: '立即拍照',
    closeCamera: '关闭相机',
    videoLabel: '相机画面',
    starting: '正在启动相机…',
    hints: {
      too_dark: ['光线不足。', '太暗了：请移到更明亮的地方或打开灯。'],
      overexposed: ['太亮了：请避开直射光。', '请避开阳光或远离灯光。'],
      no_face: ['请看向相机。', '请将手机举到与眼睛同高，让整张脸位于椭圆框内。'],
      multiple_faces: ['画面中只能有您一个人。', '请其他人离开画面。'],
      face_cut_off: ['请将脸移入椭圆框内。', '头部被裁切了：请把手机放在您的正前方。'],
      face_too_close: ['请将手机稍微拿远一点。', '请伸直手臂拿着手机。'],
      face_too_small: ['请靠近一点。', '请将手机靠近，直到脸部填满椭圆框。'],
      face_off_centre: ['请将脸部对准椭圆框中央。', '请移动手机，直到脸部位于椭圆框中间。'],
      blurry: ['请保持不动。', '请将手肘靠在物体上，拿稳手机。'],
      ready: ['请保持不动…', '请保持不动…'],
      document_not_found: ['请将证件放入框内。', '请将证件放在素色、较深的平面上，并放入框内。'],
      cropped: ['请露出证件的四个角。', '请将手机拿远一点，手指不要遮住证件。'],
      document_too_close: ['请将手机稍微拿远一点。', '请在证件周围留出空白，让四个角都露出来。'],
      too_far: ['请靠近一点。', '请将手机靠近，直到证件填满框。'],
      glare: ['请倾斜证件以消除反光。', '请背对灯或窗户，或关闭闪光灯。'],
    },
    errors: {
      permission_denied: '相机已被阻止。请在浏览器设置中允许使用相机，或改为选择照片。',
      no_camera: '未找到相机。请改为选择照片。',
      camera_in_use: '相机正被其他应用使用。请关闭该应用后重试，或选择照片。',
      insecure_context: '相机只能在安全（https）页面上使用。请改为选择照片。',
      unsupported: '此浏览器无法在这里打开相机。请改为选择照片。',
      camera_failed: '相机无法启动。请改为选择照片。',
    },
    steps: { front: '证件正面', back: '证件背面', selfie: '自拍照' },
    stepOf: (step, total, name) => `第 ${step} 步（共 ${total} 步）：${name}`,
    turnOver: '现在请将证件翻面，拍摄背面。',
    flowDone: '所有照片都已准备好。',
  },
  issues: {
    blurry: ({ kind, place }) =>
      kind === 'selfie'
        ? '您的脸部模糊。请拿稳手机，并点击屏幕上的脸部进行对焦。'
        : place && place !== 'center'
          ? `证件${zhHans.places[place]}没有对上焦。请让手机与证件保持平行，然后点击屏幕对焦。`
          : '证件模糊不清。请拿稳手机，点击屏幕对焦后再试一次。',
    glare: ({ glare, place }) =>
      glare === 'veil'
        ? `${place ? `证件${zhHans.places[place]}` : '证件上的文字'}被一层反光盖住了。请远离灯光或窗户。`
        : `请稍微倾斜证件，消除${place ? `${zhHans.places[place]}的` : ''}反光。`,
    document_not_found: () => '未找到证件。请把证件放在纯色、颜色较深的平面上，并让它完整出现在画面中。',
    cropped: ({ cutSides, coveredCorners, coveredEdges }) =>
      cutSides.length > 0
        ? `证件${zhHans.list(cutSides.map((side) => zhHans.sides[side]))}超出了照片范围。请把手机稍微拿远一点，让四个角都拍进去。`
        : coveredCorners.length > 0
          ? `证件${zhHans.list(coveredCorners.map((corner) => zhHans.corners[corner]))}被挡住了。请把手指从证件上移开。`
          : coveredEdges.length > 0
            ? `手指挡住了证件${zhHans.list(coveredEdges.map((side) => zhHans.sides[side]))}的边缘。请只捏住证件的边，让整张证件露出来。`
            : '证件有一部分被裁掉了。请确保四个角都完整拍进去。',
    too_far: () => '证件在照片中太小。请把手机靠近一些，让证件占满大部分画面。',
    grayscale: ({ severity }) =>
      severity === 'fail'
        ? '这是黑白照片或扫描件。请用彩色拍摄证件原件。'
        : '这张照片看起来是黑白的。如果您的证件是彩色的，请拍摄证件原件。',
    screenshot: () => '这看起来是截图。请用相机拍摄实体证件。',
    screen_recapture: () => '这看起来是对着屏幕翻拍的照片。请拍摄实体证件，而不是证件的图片。',
    edited: () => '此文件经过修图软件保存。请上传相机拍摄的原始照片。',
    no_portrait: () => '在证件上看不到人像照片。请拍摄带有您照片的那一面。',
    too_dark: ({ kind }) => (kind === 'selfie' ? '您的脸部太暗。请面向窗户或灯光。' : '照片太暗。请换到更明亮的地方。'),
    overexposed: () => '照片太亮，过度曝光。请避开直射光。',
    low_resolution: () => '照片太小，无法看清。请直接用相机拍摄，不要发送缩略图。',
    no_face: () => '未检测到人脸。请直视镜头，让整张脸都在画面中。',
    multiple_faces: ({ faceCount }) =>
      `${faceCount !== undefined && faceCount > 1 ? `照片中有 ${faceCount} 个人` : '照片中不止一个人'}。请确保只有您本人入镜。`,
    face_too_small: () => '您的脸离镜头太远。请把手机拿近一些。',
    face_cut_off: ({ cutSides }) =>
      cutSides.length > 0
        ? `您头部的${zhHans.list(cutSides.map((side) => zhHans.sides[side]))}超出了画面。请调整位置，让整个头部都在画面中。`
        : '您的头部有一部分超出了画面。请调整位置，让整个头部都入镜。',
    unreadable: ({ format, passwordProtected }) =>
      passwordProtected
        ? '此 PDF 文件受密码保护。请改为上传照片，或上传未设密码的 PDF 文件。'
        : format === 'pdf'
          ? '无法打开此 PDF 文件。请改为上传照片（JPEG 或 PNG）。'
          : '无法打开此文件。请选择其他照片或重新拍摄。',
    unsupported_format: ({ format }) =>
      format === 'heic' || format === 'heif'
        ? '此处无法检查 iPhone 的 HEIC 照片。请使用“拍照”，或选择 JPEG 格式的照片（在 iPhone 上：设置 › 相机 › 格式 › 兼容性最佳）。'
        : format === 'tiff'
          ? '不支持 TIFF 文件。请将图片另存为 JPEG 或 PNG，或直接拍照。'
          : '无法读取此文件。请选择 JPEG、PNG 或 WebP 格式的图片。',
    too_large: () => '此文件太大。请选择较小的照片或重新拍摄。',
    shadow: ({ overPortrait }) =>
      overPortrait
        ? '证件的照片上有阴影。请让光线均匀照亮证件，然后再试一次。'
        : '证件上有阴影。请让光线均匀照亮证件，然后再试一次。',
    scan_or_copy: () => '这看起来是扫描件或复印件。请拍摄证件原件。',
  },
  sides: { top: '上方', right: '右侧', bottom: '下方', left: '左侧' },
  corners: {
    'top-left': '左上角',
    'top-right': '右上角',
    'bottom-right': '右下角',
    'bottom-left': '左下角',
    top: '最上方的角',
    right: '最右侧的角',
    bottom: '最下方的角',
    left: '最左侧的角',
  },
  places: {
    'top-left': '左上方',
    top: '上方',
    'top-right': '右上方',
    left: '左侧',
    center: '中间',
    right: '右侧',
    'bottom-left': '左下方',
    bottom: '下方',
    'bottom-right': '右下方',
  },
  list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`),
};
