// Injected into the benchmarked page before its own scripts, as plain text: functions compiled
// by tsx carry helpers that do not exist in the page, so this file is not TypeScript.
// Reads its probes from window.__benchProbes = [{ name, all: [{ selector, text?, atLeast?, drawn? }] }]:
// `atLeast` holds once the largest number in the element's text has reached it. `drawn` holds
// once some element matching the selector (the first in page order) is, or holds, an <svg> with
// shapes in it; which element that was goes to window.__benchMarkWhat[name].
(() => {
  const marks = {};
  const what = {};
  window.__benchMarks = marks;
  window.__benchMarkWhat = what;
  const probes = window.__benchProbes ?? [];
  const SHAPES = 'path, rect, line, circle, ellipse, polyline, polygon';
  const hasShapes = (element) =>
    [element, ...element.querySelectorAll('svg')].some(
      (svg) => svg.tagName.toLowerCase() === 'svg' && svg.querySelector(SHAPES) !== null,
    );
  /** Which element it is, in words: its class, the section it is in, and its order there. */
  const describe = (element) => {
    const section = element.closest('section');
    const heading = section?.querySelector('h2')?.textContent?.trim() ?? '';
    const svg = element.tagName.toLowerCase() === 'svg' ? element : element.querySelector('svg');
    return [
      element.getAttribute('class'),
      svg && svg !== element ? `svg.${svg.getAttribute('class') ?? ''}` : '',
      section ? `in section "${heading}" (${section.getAttribute('class') ?? ''})` : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
  const firstDrawn = (selector) =>
    [...document.querySelectorAll(selector)].find((element) => hasShapes(element)) ?? null;
  const holds = (probe) =>
    probe.all.every(({ selector, text, atLeast, drawn }) => {
      if (drawn) {
        const element = firstDrawn(selector);
        if (element !== null) what[probe.name] = describe(element);
        return element !== null;
      }
      const element = document.querySelector(selector);
      if (element === null) return false;
      const content = element.textContent ?? '';
      if (text && !new RegExp(text).test(content)) return false;
      const numbers = (content.match(/\d+/g) ?? []).map(Number);
      return atLeast === undefined || Math.max(0, ...numbers) >= atLeast;
    });
  // Checked once per frame, in order, recording the frame time (ms since navigation start).
  // A frame's rAF runs just before it paints: the mark is when the content reaches the screen.
  const check = (time) => {
    for (const probe of probes) {
      if (marks[probe.name] !== undefined) continue;
      if (!holds(probe)) break; // a later probe only counts once the earlier ones fired
      marks[probe.name] = time;
    }
    if (probes.some((probe) => marks[probe.name] === undefined)) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);

  /**
   * Sets a <select> or <input> as a user would (the native value setter, so React's onChange
   * fires), then times until the watched element's text changed and that frame was painted.
   */
  window.__benchFilterChange = async ({ selector, value, watch }) => {
    const control = document.querySelector(selector);
    if (!control) throw new Error(`no ${selector}`);
    const before = document.querySelector(watch)?.textContent;
    const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value').set;
    const start = performance.now();
    setValue.call(control, value);
    const type = control.tagName === 'SELECT' ? 'change' : 'input';
    control.dispatchEvent(new Event(type, { bubbles: true }));
    await new Promise((resolve) => {
      const tick = () =>
        document.querySelector(watch)?.textContent !== before
          ? resolve()
          : requestAnimationFrame(tick);
      tick();
    });
    // A task queued from the next frame's rAF runs after that frame has painted.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  };
})();
