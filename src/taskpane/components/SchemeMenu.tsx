/** The scheme chip: what scheme is in use, and the menu to change it or load a JSON scheme. */
import {
  Button,
  Menu,
  MenuDivider,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from "@fluentui/react-components";
import { ChevronDown16Regular } from "@fluentui/react-icons/svg/chevron-down";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons/svg/document-arrow-up";
import { Dismiss20Regular } from "@fluentui/react-icons/svg/dismiss";
import { useRef, type ChangeEvent } from "react";
import { BUILTIN_SCHEMES, describeDiff, storedLabel, type Scheme } from "../../core";
import { useLang } from "../i18n";
import { AUTO, CUSTOM, type SchemeControl } from "../useScheme";

interface Props {
  control: SchemeControl;
  /** The scheme the last review used (what "detect" found). */
  detected: Scheme | null;
  disabled: boolean;
}

export function SchemeMenu({ control, detected, disabled }: Props) {
  const { lang, t } = useLang();
  const fileRef = useRef<HTMLInputElement>(null);

  let label: string;
  if (control.choice === AUTO) label = detected ? `${detected.shortTitle[lang]} · ${t.scheme.autoSuffix}` : t.scheme.auto;
  else label = control.scheme ? control.scheme.shortTitle[lang] : t.scheme.auto;
  if (control.choice === CUSTOM) label = `${label} · ${t.scheme.custom}`;
  // A scheme kept in the workbook is never applied quietly: the chip says so, with its hash and differences.
  const kept = control.choice === CUSTOM && control.stored ? control.stored : null;
  if (kept) label = storedLabel(kept, lang);
  const differences = kept ? describeDiff(kept, lang).join("\n") : undefined;

  const onChecked: MenuProps["onCheckedValueChange"] = (_e, data) => {
    const next = data.checkedItems[0];
    if (next) control.choose(next);
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void control.loadFile(file);
  };

  return (
    <>
      <Menu checkedValues={{ scheme: [control.choice] }} onCheckedValueChange={onChecked}>
        <MenuTrigger disableButtonEnhancement>
          <Button
            size="small"
            shape="circular"
            appearance="outline"
            icon={<ChevronDown16Regular />}
            iconPosition="after"
            disabledFocusable={disabled}
            aria-label={t.scheme.menuLabel(label)}
            aria-description={differences}
            title={differences}
          >
            {label}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItemRadio name="scheme" value={AUTO}>
              {t.scheme.auto}
            </MenuItemRadio>
            {BUILTIN_SCHEMES.map((s) => (
              <MenuItemRadio key={s.id} name="scheme" value={s.id}>
                {s.shortTitle[lang]}
              </MenuItemRadio>
            ))}
            {control.custom && (
              <MenuItemRadio name="scheme" value={CUSTOM}>
                {`${control.custom.shortTitle[lang]} · ${t.scheme.custom}`}
              </MenuItemRadio>
            )}
            <MenuDivider />
            <MenuItem icon={<DocumentArrowUp20Regular />} onClick={() => fileRef.current?.click()}>
              {t.scheme.load}
            </MenuItem>
            {control.custom && (
              <MenuItem icon={<Dismiss20Regular />} onClick={() => void control.removeCustom()}>
                {t.scheme.remove}
              </MenuItem>
            )}
          </MenuList>
        </MenuPopover>
      </Menu>
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        aria-label={t.scheme.fileLabel}
        style={{ display: "none" }}
        onChange={onFile}
        data-testid="scheme-file"
      />
    </>
  );
}
