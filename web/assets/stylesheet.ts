// The one stylesheet: small, printable, readable on an ordinary office screen. Fonts that carry
// every Vietnamese diacritic on Windows, Linux and macOS.
export const STYLESHEET = `
:root { --ink: #1d2430; --muted: #5a6472; --line: #d5dae1; --paper: #fff; --band: #f3f5f8; --accent: #0b4f8a;
  --grey: #8a939e; --blue: #1f6fb5; --yellow: #b58900; --red: #c0392b; --green: #2e7d32; --orange: #d9731a; --purple: #7b3fa0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--band); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
header.top { background: var(--accent); color: #fff; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 16px; align-items: center; }
header.top a { color: #fff; } header.top .brand { font-weight: 700; font-size: 17px; text-decoration: none; margin-right: 8px; }
header.top nav { display: flex; gap: 14px; flex-wrap: wrap; } header.top nav a[aria-current="page"] { text-decoration: underline; font-weight: 600; }
header.top .who { margin-left: auto; display: flex; gap: 12px; align-items: center; font-size: 14px; }
header.top form { margin: 0; } header.top button { background: transparent; color: #fff; border: 1px solid #fff; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
main { max-width: 1280px; margin: 0 auto; padding: 16px; }
h1 { font-size: 22px; margin: 8px 0 16px; } h2 { font-size: 18px; margin: 24px 0 8px; } h3 { font-size: 16px; margin: 16px 0 6px; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin-bottom: 16px; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
.figure { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 170px; }
.figure .value { font-size: 24px; font-weight: 700; display: block; } .figure .label { color: var(--muted); font-size: 13px; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #e9edf2; font-weight: 600; } td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 13px; color: #fff; background: var(--grey); white-space: nowrap; }
.status-grey { background: var(--grey); } .status-blue { background: var(--blue); } .status-yellow { background: var(--yellow); }
.status-red { background: var(--red); } .status-green { background: var(--green); } .status-orange { background: var(--orange); } .status-purple { background: var(--purple); }
form.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; }
label { display: block; font-weight: 600; font-size: 14px; margin-bottom: 2px; }
input, select, textarea { font: inherit; padding: 4px 6px; border: 1px solid #9aa3ad; border-radius: 4px; background: #fff; max-width: 100%; }
textarea { width: 100%; min-height: 120px; }
.field { margin-bottom: 12px; } .field[aria-invalid="true"] input, input[aria-invalid="true"], textarea[aria-invalid="true"] { border-color: var(--red); border-width: 2px; }
.field-error { color: var(--red); font-size: 14px; margin-top: 2px; }
button, .button { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 6px 14px; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
.notice { border-left: 4px solid var(--accent); background: #eef5fb; padding: 8px 12px; margin-bottom: 16px; }
.notice.error { border-color: var(--red); background: #fdf0ee; } .notice.success { border-color: var(--green); background: #eef7ee; }
.muted { color: var(--muted); } .small { font-size: 13px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; } dl.facts dt { font-weight: 600; color: var(--muted); } dl.facts dd { margin: 0; }
.pager { display: flex; gap: 12px; margin: 12px 0; align-items: center; }
svg text { font-family: "Segoe UI", "Noto Sans", Roboto, Arial, sans-serif; }
.chart { overflow-x: auto; }
dd.prose, .prose { white-space: pre-wrap; }
footer { max-width: 1280px; margin: 0 auto; padding: 16px; color: var(--muted); font-size: 13px; }
.table-scroll { overflow-x: auto; } .table-scroll td { overflow-wrap: anywhere; } td.nowrap { white-space: nowrap; overflow-wrap: normal; }
fieldset.choices { border: 0; padding: 0; margin: 0 0 12px; } fieldset.choices legend { font-weight: 600; font-size: 14px; }
label.inline { display: inline-flex; gap: 6px; align-items: center; font-weight: 400; margin-right: 16px; }
fieldset.choices[aria-invalid="true"] { border-left: 3px solid var(--red); padding-left: 8px; }
@media print { header.top nav, header.top .who, form.filters, .no-print { display: none; } body { background: #fff; } .panel { border: 0; } }
ul.periods { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 14px; }
form.inline { display: inline-block; margin: 4px 6px 0 0; } fieldset.roles label { display: inline-block; font-weight: normal; margin-right: 12px; }
.one-time code { font-size: 17px; background: #fff; padding: 2px 6px; border: 1px solid var(--line); user-select: all; }
.chart-svg { max-width: 100%; height: auto; font-size: 12px; } .chart-svg text { fill: var(--ink); } .chart-svg text.on-colour { fill: #fff; font-size: 11px; }
.chart-red { fill: var(--red); } .chart-orange { fill: var(--orange); } .chart-green { fill: var(--green); } .chart-grey { fill: var(--grey); } .chart-blue { fill: var(--blue); }
.chart-past { fill: #9cb8d4; } .chart-now { fill: #fff4d6; } .chart-axis { stroke: var(--muted); }
table.board-table th a { color: inherit; }
@media print { .chart-svg .chart-now { fill: #eee; } }
.desk ul.actions { list-style: none; margin: 0; padding: 0; font-size: 14px; } .desk ul.actions li { margin-bottom: 2px; white-space: nowrap; }
table.indicators label { font-weight: 400; font-size: 13px; color: var(--muted); } code.sha256 { font-size: 12px; word-break: break-all; }
p.narrative { white-space: pre-wrap; } fieldset.section { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 12px; } label.inline { display: inline; font-weight: 400; }
`;
