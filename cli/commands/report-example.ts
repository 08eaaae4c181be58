/** An example report file, for the help of `report submit` and the message of a bad file. */
export const reportExample = [
  'narrative: Đã triển khai kế hoạch tại 12 xã…',
  'indicators:',
  '  - code: CHILD_FRIENDLY_COMMUNES',
  '    count: 12',
  '    total: 20',
].join('\n');
