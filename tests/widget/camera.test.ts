import { describe, expect, it } from 'vitest';
import { chooseCamera, type CameraDevice } from '../../src/widget/live/camera.js';

const camera = (deviceId: string, label: string): CameraDevice => ({ deviceId, label });

describe('chooseCamera', () => {
  const android = [
    camera('front', 'camera2 1, facing front'),
    camera('main', 'camera2 0, facing back'),
    camera('wide', 'camera2 2, facing back, ultra wide'),
  ];
  const iphone = [
    camera('front', 'Front Camera'),
    camera('ultra', 'Back Ultra Wide Camera'),
    camera('main', 'Back Camera'),
    camera('tele', 'Back Telephoto Camera'),
  ];
  const laptop = [
    camera('ir', 'Integrated IR Camera'),
    camera('rgb', 'Integrated Camera'),
    camera('obs', 'OBS Virtual Camera'),
  ];

  it('moves a document off a secondary lens to the main rear one', () => {
    expect(chooseCamera(android, 'document', 'wide')).toBe('main');
    expect(chooseCamera(iphone, 'document', 'ultra')).toBe('main');
    expect(chooseCamera(iphone, 'document', 'tele')).toBe('main');
    expect(chooseCamera(iphone, 'document', 'front')).toBe('main');
  });

  it('keeps a camera that is already right', () => {
    expect(chooseCamera(android, 'document', 'main')).toBeUndefined();
    expect(chooseCamera(iphone, 'selfie', 'front')).toBeUndefined();
    expect(chooseCamera(laptop, 'document', 'rgb')).toBeUndefined();
    expect(chooseCamera(laptop, 'selfie', 'rgb')).toBeUndefined();
  });

  it('never uses an infrared or virtual camera', () => {
    expect(chooseCamera(laptop, 'selfie', 'ir')).toBe('rgb');
    expect(chooseCamera(laptop, 'document', 'obs')).toBe('rgb');
  });

  it('moves a selfie to the front camera', () => {
    expect(chooseCamera(android, 'selfie', 'main')).toBe('front');
  });

  it('keeps the camera when labels are hidden (no permission yet) or nothing is better', () => {
    const hidden = [camera('a', ''), camera('b', '')];
    expect(chooseCamera(hidden, 'document', 'a')).toBeUndefined();
    expect(chooseCamera([camera('fake', 'fake_device_0')], 'selfie', 'fake')).toBeUndefined();
  });
});
