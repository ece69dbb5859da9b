/** The window name of the off-screen frame a page image is drawn in: there, draw everything. */
export const EXPORT_FRAME_NAME = 'plan-tracker-export-frame';
