// Whether simulated data is actually being served. Set once at start-up, after the mock
// service worker answered; the banner and every export read it, so the "simulated" label
// follows the data itself rather than whatever the address bar says.
import { create } from 'zustand';
import type { DemoParams } from './demo-params.ts';

type DemoState = {
  /** The running demo's parameters; null on a normal visit. */
  params: DemoParams | null;
  /** Why demo mode was asked for but could not start (the real data is shown instead). */
  failure: string | null;
};

export const useDemoStore = create<DemoState>()(() => ({ params: null, failure: null }));

/** True while the figures on screen are simulated: exports stamp demoLabel() when it is. */
export const isDemoActive = (): boolean => useDemoStore.getState().params !== null;
