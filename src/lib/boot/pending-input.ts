// What a visitor does to a prerendered page before its app is live, kept and done again once it
// is: a changed filter, typed search text, a pressed button, the pointer resting on a chart.
// Links and <details> work without JavaScript and are left to the browser.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type PendingInput = {
  /** True when a control had already been changed, or a button pressed, before recording began. */
  readonly changedEarly: boolean;
  /** Stops recording, keeping what was recorded: from here on the app's own listeners hear it. */
  seal(): void;
  /** Hands every kept action to the live app (in order), then stops recording. */
  replay(): void;
  /** Stops recording and forgets what was kept. */
  stop(): void;
};

const isControl = (target: EventTarget | null): target is Control =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLSelectElement ||
  target instanceof HTMLTextAreaElement;

/** The value the HTML gave a control, which is what the app's state holds when it goes live. */
function renderedValue(control: Control): string {
  if (control instanceof HTMLSelectElement)
    return [...control.options].find((option) => option.defaultSelected)?.value ?? '';
  return control.defaultValue;
}

/**
 * Gives the control the visitor's value again and reports it as a change. React notices a change
 * by comparing the value with the one it last saw, which it took from the element while
 * hydrating: the visitor's. So the element first shows React the rendered value (through its own
 * setter, which React watches), then gets the visitor's through the prototype's setter, which
 * React does not, and the event reports a change from one to the other.
 */
function replayValue(control: Control, rendered: string, visitors: string): void {
  if (control instanceof HTMLSelectElement) {
    control.value = visitors;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const prototype = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  control.value = rendered;
  setter?.call(control, visitors);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

const ACTION = 'button:not([disabled]), [role="button"]:not([aria-disabled="true"])';

/**
 * Starts recording inside `root` (capture phase, passive: the browser's own behaviour goes on).
 * `earlierClicks`: targets clicked before this ran (the page's inline loader keeps them); a
 * button among them counts as pressed, and as changed early.
 */
export function recordPendingInput(
  root: HTMLElement,
  earlierClicks: readonly EventTarget[] = [],
): PendingInput {
  const changed = new Map<Control, string>();
  const pressed: HTMLElement[] = [];
  let pointer: { target: Element; init: PointerEventInit } | null = null;
  const onValue = (event: Event) => {
    const { target } = event;
    if (isControl(target) && !changed.has(target)) changed.set(target, renderedValue(target));
  };
  const onClickOn = (target: EventTarget | null) => {
    const action = target instanceof Element ? target.closest(ACTION) : null;
    if (action instanceof HTMLElement && root.contains(action)) pressed.push(action);
  };
  const onClick = (event: MouseEvent) => onClickOn(event.target);
  const onPointer = (event: PointerEvent) => {
    if (!(event.target instanceof Element)) return;
    const { clientX, clientY, pointerType, pointerId, isPrimary } = event;
    pointer = {
      target: event.target,
      init: { bubbles: true, clientX, clientY, pointerType, pointerId, isPrimary },
    };
  };
  // The entry runs only after the first paint: a visitor quick enough may have changed a control
  // already. Those count as changed too.
  for (const control of root.querySelectorAll<Control>('input, select, textarea'))
    if (control.value !== renderedValue(control)) changed.set(control, renderedValue(control));
  for (const target of earlierClicks) onClickOn(target);
  const changedEarly = changed.size > 0 || pressed.length > 0;
  const listeners = [
    ['input', onValue],
    ['change', onValue],
    ['click', onClick],
    ['pointermove', onPointer],
    ['pointerover', onPointer],
  ] as const;
  for (const [type, listener] of listeners)
    root.addEventListener(type, listener as EventListener, { capture: true, passive: true });
  const stop = () => {
    for (const [type, listener] of listeners)
      root.removeEventListener(type, listener as EventListener, { capture: true });
  };
  return {
    changedEarly,
    seal: stop,
    stop() {
      stop();
      changed.clear();
      pressed.length = 0;
      pointer = null;
    },
    replay() {
      stop();
      // Read every value first: the app's answer to one change re-renders the others, and a
      // controlled control is set back to the app's state (the rendered value) on that render.
      const values = [...changed]
        .filter(([control, rendered]) => control.isConnected && control.value !== rendered)
        .map(([control, rendered]) => [control, rendered, control.value] as const);
      for (const [control, rendered, visitors] of values) replayValue(control, rendered, visitors);
      for (const action of pressed) if (action.isConnected) action.click();
      if (pointer?.target.isConnected) {
        const { target, init } = pointer;
        target.dispatchEvent(new PointerEvent('pointerover', init));
        target.dispatchEvent(new PointerEvent('pointermove', init));
        target.dispatchEvent(new MouseEvent('mouseover', init));
        target.dispatchEvent(new MouseEvent('mousemove', init));
      }
      changed.clear();
      pressed.length = 0;
      pointer = null;
    },
  };
}
