// The application's version, for exports and the about box.
export const APP_VERSION = '0.1.0';
