/**
 * Stand-in for `@mediapipe/face_detection` in the browser bundle. `@tensorflow-models/face-detection`
 * imports it for its MediaPipe-runtime path, which id-precheck never uses (it runs the models on
 * TensorFlow.js); the real package is a script, not an ES module, and cannot be bundled.
 */
export class FaceDetection {
  constructor() {
    throw new Error('the MediaPipe runtime is not bundled; id-precheck uses runtime "tfjs"');
  }
}
export const VERSION = 'shim';
