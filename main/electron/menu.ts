// The application menu: File (Import, Export, Quit), Edit and View, with the platform's own
// conventions (the app menu on macOS, Cmd there and Ctrl elsewhere).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/bridge/contract';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from '@shared/formats/export-formats';

export function menuTemplate(platform: NodeJS.Platform, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: 'Open Sample Article', click: () => send('open-sample') },
        { type: 'separator' },
        {
          label: 'Export',
          submenu: EXPORT_FORMAT_IDS.map((format) => ({
            label: `${EXPORT_FORMATS[format].label}…`,
            ...(format === 'csv' ? { accelerator: 'CmdOrCtrl+Shift+E' } : {}),
            click: () => send(`export-${format}`),
          })),
        },
        { type: 'separator' },
        { label: 'Restore from Backup…', click: () => send('restore-backup') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}
