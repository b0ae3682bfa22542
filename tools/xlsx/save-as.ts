/** How to get an .xlsx from a school's spreadsheet: the fix most refusals of an input end with. */
export const DOWNLOAD_XLSX = 'File › Download › Microsoft Excel (.xlsx)';
export const SAVE_AGAIN = `save it again from Google Sheets with ${DOWNLOAD_XLSX}`;
