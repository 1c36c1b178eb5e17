/** The application menu: short, in Indonesian, with no item that loads anything remote. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The menu template; developer tools only in unpackaged builds. */
export function menuTemplate(isPackaged: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Ukuran Asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar Penuh' },
  ];
  if (!isPackaged)
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat Pengembang' });
  return [
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      // Without an Edit menu, copy and paste shortcuts do not work in text fields on macOS.
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
  ];
}

/** Installs the menu for the whole app. */
export function installMenu(isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(isPackaged)));
}
