/** 校验, the primary 填写结果, and the overflow menu of the rarer actions. */
import {
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  Tooltip,
} from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons/svg/arrow-undo";
import { CheckmarkCircle20Regular } from "@fluentui/react-icons/svg/checkmark-circle";
import { ClipboardTask20Regular } from "@fluentui/react-icons/svg/clipboard-task";
import { Eraser20Regular } from "@fluentui/react-icons/svg/eraser";
import { FolderOpen20Regular } from "@fluentui/react-icons/svg/folder-open";
import { LocalLanguage20Regular } from "@fluentui/react-icons/svg/local-language";
import { MoreHorizontal20Regular } from "@fluentui/react-icons/svg/more-horizontal";
import { ShieldCheckmark20Regular } from "@fluentui/react-icons/svg/shield-checkmark";
import { TableAdd20Regular } from "@fluentui/react-icons/svg/table-add";
import { useLang } from "../i18n";
import type { PaneControl } from "../usePane";

interface Props {
  pane: PaneControl;
  disabled: boolean;
  onToggleLang(): void;
}

/** Busy buttons stay focusable (aria-disabled) so that the keyboard user keeps their place. */
export function ActionBar({ pane, disabled, onToggleLang }: Props) {
  const { lang, t } = useLang();
  const a = t.actions;
  return (
    <Toolbar aria-label={a.toolbar} size="medium">
      <Tooltip content={a.checkHint} relationship="description">
        <ToolbarButton icon={<CheckmarkCircle20Regular />} disabledFocusable={disabled} onClick={() => void pane.check()}>
          {a.check}
        </ToolbarButton>
      </Tooltip>
      <Tooltip content={a.fillHint} relationship="description">
        <ToolbarButton
          appearance="primary"
          icon={<ClipboardTask20Regular />}
          disabledFocusable={disabled}
          onClick={() => void pane.fill()}
        >
          {a.fill}
        </ToolbarButton>
      </Tooltip>
      <Menu>
        <MenuTrigger>
          <Tooltip content={a.more} relationship="label">
            <ToolbarButton icon={<MoreHorizontal20Regular />} aria-label={a.more} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<ArrowUndo20Regular />} disabled={disabled || !pane.canUndo} onClick={() => void pane.undo()}>
              {a.undo}
            </MenuItem>
            <MenuItem icon={<Eraser20Regular />} disabled={disabled} onClick={() => void pane.clear()}>
              {a.clear}
            </MenuItem>
            <MenuItem icon={<FolderOpen20Regular />} disabled={disabled} onClick={pane.imports.show}>
              {a.importWorkbook}
            </MenuItem>
            <MenuItem icon={<ShieldCheckmark20Regular />} disabled={disabled} onClick={() => void pane.preflight()}>
              {a.preflight}
            </MenuItem>
            <MenuItem icon={<TableAdd20Regular />} disabled={disabled} onClick={() => void pane.insertTemplate()}>
              {a.template}
            </MenuItem>
            <MenuDivider />
            <MenuItem icon={<LocalLanguage20Regular />} lang={lang === "zh" ? "en" : "zh-CN"} onClick={onToggleLang}>
              {t.otherLangSwitch}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </Toolbar>
  );
}
