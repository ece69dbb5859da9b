// Imported while the page is idle after it has loaded, when the app itself waits for the
// visitor: brings React and TanStack Query (the `vendor` chunk, built to stay small enough for
// a first visit) into the module cache, so the first interaction downloads only the app's code.
import 'react-dom/client';
import '@tanstack/react-query';
