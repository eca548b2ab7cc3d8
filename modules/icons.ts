import { defineWxtModule } from 'wxt/modules';

/**
 * The sizes of LeadKit's mark under public/icon/ (issue #25): Chrome asks for 16/32/48/128 (toolbar,
 * extensions page, store), Firefox also uses 96. scripts/render-icons.ts renders exactly these.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** `icons` / `action.default_icon` of the manifest: size → path inside the extension. */
export const MANIFEST_ICONS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

/** Puts the mark in the manifest: the extension's icons and the toolbar button's. */
export default defineWxtModule({
  name: 'leadkit:icons',
  setup(wxt) {
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      manifest.icons = MANIFEST_ICONS;
      manifest.action = { ...manifest.action, default_icon: MANIFEST_ICONS };
    });
  },
});
