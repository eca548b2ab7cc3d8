/** The picker's look, inside its closed shadow root (page CSS cannot reach it, nor it the page). */
export const PICKER_CSS = `
:host{all:initial}
.picker{box-sizing:border-box;width:380px;max-height:min(460px,80vh);display:flex;flex-direction:column;gap:6px;padding:10px;background:#fff;color:#1f2937;border:1px solid #c7d2fe;border-radius:10px;box-shadow:0 8px 28px #0003;font:13px/1.4 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.picker *{box-sizing:border-box}
.picker__header{display:flex;align-items:center;gap:8px}
.picker__recipient{flex:1;min-width:0;padding:1px 8px;border-radius:10px;background:#eef2ff;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:12px}
.picker__close{margin-left:auto;border:0;background:none;font-size:18px;cursor:pointer;color:#6b7280}
.picker__notice{margin:0;padding:4px 8px;background:#fffbeb;border:1px solid #fcd34d;border-radius:6px;font-size:12px}
.picker__search{width:100%;padding:6px 8px;border:1px solid #cbd5e1;border-radius:6px;font:inherit}
.picker__search:focus{outline:2px solid #93c5fd;border-color:#3b82f6}
.picker__list{list-style:none;margin:0;padding:0;overflow:auto;min-height:60px;max-height:170px;border:1px solid #e5e7eb;border-radius:6px}
.picker__list li{display:flex;justify-content:space-between;gap:8px;padding:5px 8px;cursor:pointer}
.picker__list li.is-selected{background:#dbeafe}
.picker__title{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.picker__kind{flex:none;color:#6b7280;font-size:11px}
.picker__status{margin:0;color:#6b7280}
.script-preview{overflow:auto;max-height:150px;padding:6px 8px;background:#f8fafc;border:1px solid #e5e7eb;border-radius:6px}
.script-preview__text{margin:0;white-space:pre-wrap;word-break:break-word}
.script-var{background:#ecfdf5}
.script-var--missing{background:#fee2e2;color:#991b1b;font-weight:600}
.script-preview__missing{margin:4px 0 0;color:#991b1b;font-size:12px}
.picker__error{margin:0;color:#991b1b}
.picker__footer{display:flex;align-items:center;justify-content:space-between;gap:8px}
.picker__hint{color:#6b7280;font-size:11px}
.picker__insert{padding:5px 14px;border:0;border-radius:6px;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;cursor:pointer}
.picker__insert:disabled{opacity:.5;cursor:default}`;

/** The overlay frame's own page: transparent around its content, which fills the frame. */
export const FRAME_PAGE_CSS = `
html,body{margin:0;padding:0;background:transparent;overflow:hidden}
.picker{width:100vw;height:100vh;max-height:none}
.chip-frame{display:flex;justify-content:flex-end;align-items:center;width:100vw;height:100vh}
.chip{box-sizing:border-box;max-width:100%;padding:2px 8px;border-radius:12px;background:#eef2ff;border:1px solid #c7d2fe;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font:12px/1.3 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2937}
.badge-frame{display:flex;justify-content:flex-end;align-items:center;width:100vw;height:100vh;box-sizing:border-box;padding:2px}
.badge{display:flex;align-items:center;gap:6px;font:12px/1.3 system-ui,sans-serif;color:#1f2937;background:#fff;border:1px solid #c7d2fe;border-radius:16px;box-shadow:0 1px 4px #0002;padding:4px 4px 4px 10px;max-width:100%;box-sizing:border-box}
.badge__open{all:unset;cursor:pointer;display:flex;gap:6px;align-items:center;overflow:hidden}
.badge__open:focus-visible,.badge__close:focus-visible{outline:2px solid #93c5fd}
.badge__brand{font-weight:700;color:#1d4ed8}
.badge__name{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.badge__close{all:unset;cursor:pointer;padding:0 6px;font-size:14px;color:#6b7280}`;
