// The first sign that someone is about to use the page: a pointer over it, a touch, a key, focus
// moving into it, a wheel, or a control already changed (assistive technology and scripts can
// change one without any of the others). The callback fires once, then every listener goes.
const INTENT_EVENTS = [
  'pointerover',
  'pointermove',
  'pointerdown',
  'touchstart',
  'keydown',
  'focusin',
  'wheel',
  'input',
  'change',
  'click',
];

export function onFirstIntent(target: EventTarget, callback: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of INTENT_EVENTS) target.removeEventListener(type, fire, options);
  };
  function fire() {
    stop();
    callback();
  }
  for (const type of INTENT_EVENTS) target.addEventListener(type, fire, options);
  return stop;
}
