// Injected into the page before its own scripts, as plain text (see page-probes.js for why this
// is not TypeScript). Reads window.__benchWatch = { kind, label? }; from the load event on, checks
// once per frame whether the interaction's result is on screen and records that frame's time in
// window.__benchSeen (ms on the performance.now() timeline, like the navigation timing).
(() => {
  const spec = window.__benchWatch;
  const visible = (element) => element.checkVisibility({ visibilityProperty: true });
  const tests = {
    // The count under the filter bar changed and every visible card shows the chosen status.
    filtered: (start) =>
      document.querySelector('.filter-bar__count')?.textContent !== start.count &&
      [...document.querySelectorAll('.indicator-card .status-badge')]
        .filter(visible)
        .every((badge) => (badge.textContent ?? '').includes(spec.label)),
    // Any visible tooltip: an ARIA one, or Recharts' wrapper once it holds text.
    tooltip: () =>
      [...document.querySelectorAll('[role="tooltip"]')].some(visible) ||
      [...document.querySelectorAll('.recharts-tooltip-wrapper')].some(
        (wrapper) => visible(wrapper) && (wrapper.textContent ?? '').trim() !== '',
      ),
  };
  addEventListener('load', () => {
    const start = { count: document.querySelector('.filter-bar__count')?.textContent };
    const check = (time) => {
      if (tests[spec.kind](start)) window.__benchSeen = time;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
})();
