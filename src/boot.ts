// The page's entry, kept tiny on purpose. The build prerenders the overview and each
// indicator's page; waiting for one frame lets the browser paint that HTML before the app's JS
// is evaluated (a phone spends hundreds of milliseconds on it), then main.tsx takes it over.
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    // A task queued from requestAnimationFrame runs once that frame has been painted. Hidden
    // tabs get no frames, hence the timer.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });

await afterNextPaint();
await import('./main');

export {};
