/**
 * The command line's words about files and folders: what the operating system refused (its
 * error codes put in words), what a path is when it is not a file, which output it will not
 * replace, and why a file in a folder was not taken.
 */

/** What a path is when it is not a regular file. */
export type FileKind = "folder" | "fifo" | "socket" | "char-device" | "block-device" | "other";

/** Why a file or folder met while listing consolidate's sources was not taken. */
export type NotTakenReason =
  | { why: "not-workbook" }
  | { why: "lock-file" }
  | { why: "hidden" }
  | { why: "hidden-folder" }
  | { why: "own-output" }
  | { why: "folder-link" }
  | { why: "folder-again"; first: string }
  | { why: "same-file"; first: string }
  | { why: "special"; kind: FileKind }
  | { why: "broken-link" }
  | { why: "unreadable"; os: string };

const zhKind: Record<FileKind, string> = {
  folder: "文件夹",
  fifo: "命名管道（FIFO）",
  socket: "套接字",
  "char-device": "字符设备",
  "block-device": "块设备",
  other: "特殊文件",
};

const enKind: Record<FileKind, string> = {
  folder: "folder",
  fifo: "named pipe (FIFO)",
  socket: "socket",
  "char-device": "character device",
  "block-device": "block device",
  other: "special file",
};

/** Node's error codes in words; a code not listed is given as the system gave it. */
const zhOs: Record<string, string> = {
  EACCES: "没有权限",
  EPERM: "没有权限（操作不允许）",
  ENOENT: "文件或文件夹不存在",
  ENOTDIR: "路径中的某一级不是文件夹",
  EISDIR: "这是文件夹",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "超出了磁盘配额",
  EROFS: "所在的磁盘是只读的",
  EBUSY: "文件正被其他程序占用",
  ETXTBSY: "文件正被其他程序占用",
  EMFILE: "同时打开的文件太多",
  ENFILE: "同时打开的文件太多",
  ENAMETOOLONG: "文件名或路径太长",
  ELOOP: "链接层数太多（可能是循环链接）",
  EIO: "读写出错（磁盘或网络故障）",
  EEXIST: "文件已存在",
  EXDEV: "不能跨磁盘改名",
  ENXIO: "设备不可用",
  ENODEV: "设备不可用",
  EAGAIN: "暂时无法访问，请稍后重试",
  ETIMEDOUT: "网络文件访问超时",
  ESTALE: "网络文件已失效，请重新打开所在文件夹",
  ECONNRESET: "网络连接中断",
  EINVAL: "操作无效",
  EFBIG: "文件太大",
};

const enOs: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied (operation not permitted)",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exceeded",
  EROFS: "the disk is read-only",
  EBUSY: "the file is in use by another program",
  ETXTBSY: "the file is in use by another program",
  EMFILE: "too many files are open",
  ENFILE: "too many files are open",
  ENAMETOOLONG: "the name or path is too long",
  ELOOP: "too many levels of links (a link loop?)",
  EIO: "an input/output error (a disk or network fault)",
  EEXIST: "the file already exists",
  EXDEV: "cannot rename across disks",
  ENXIO: "no such device",
  ENODEV: "no such device",
  EAGAIN: "temporarily unavailable; try again",
  ETIMEDOUT: "the network share timed out",
  ESTALE: "the network file is stale; open its folder again",
  ECONNRESET: "the network connection was reset",
  EINVAL: "an invalid operation",
  EFBIG: "the file is too large",
};

export const zh = {
  kind: (k: FileKind) => zhKind[k],
  os: (code: string | undefined) => (code && zhOs[code]) || `系统报告了错误${code ? `（${code}）` : ""}`,
  notFile: (p: string, k: FileKind) => `"${p}"是${zhKind[k]}，不是 .xlsx 文件。`,
  outputNotFile: (p: string, k: FileKind) => `输出位置"${p}"是${zhKind[k]}，不能写入工作簿：请用 -o 另选一个文件名。`,
  notOurs: (p: string, named: boolean) =>
    `输出文件"${p}"已存在，且不是评审助手写出的（或写出后已被修改）：为免丢失，没有写入任何文件。要替换它请加 --overwrite，或${named ? "用 -o 另选一个文件名" : "用 -o 指定另一个输出文件"}。`,
  otherInput: (p: string, named: boolean) =>
    `输出文件"${p}"是评审助手为另一个输入写出的：为免混淆，没有写入任何文件。要替换它请加 --overwrite，或${named ? "用 -o 另选一个文件名" : "用 -o 指定另一个输出文件"}。`,
  linkNotNamed: (p: string, target: string) =>
    `"${p}"是一个链接（指向"${target}"）：评审助手不会通过没有指定的链接写入，以免改动别的文件。请删除这个链接，或用 -o 指定输出文件。`,
  noFreeName: "找不到可用的备份文件名",
  overwriteExperts: "--overwrite 不能与 --experts 同时使用：专家评分表从不替换已有的文件。",
  notTaken: (p: string, why: string) => `未取用："${p}"：${why}`,
  reason: (r: NotTakenReason): string => {
    switch (r.why) {
      case "not-workbook":
        return "不是 .xlsx 或 .xlsm 工作簿";
      case "lock-file":
        return "是 Excel 打开文件时留下的临时锁定文件";
      case "hidden":
        return "是隐藏文件";
      case "hidden-folder":
        return "是隐藏文件夹，没有进入";
      case "own-output":
        return "是评审助手写出的结果或备份（.reviewed / .bak）";
      case "folder-link":
        return "是指向文件夹的链接，没有进入（以免重复读取或陷入循环）";
      case "folder-again":
        return `与"${r.first}"是同一个文件夹，没有再次进入`;
      case "same-file":
        return `与"${r.first}"是同一个文件，只读取一次`;
      case "special":
        return `是${zhKind[r.kind]}，不是文件`;
      case "broken-link":
        return "是失效的链接（指向的文件不存在）";
      case "unreadable":
        return `无法读取：${r.os}`;
    }
  },
};

export const en: typeof zh = {
  kind: (k: FileKind) => enKind[k],
  os: (code: string | undefined) => (code && enOs[code]) || `the system reported an error${code ? ` (${code})` : ""}`,
  notFile: (p: string, k: FileKind) => `"${p}" is a ${enKind[k]}, not an .xlsx file.`,
  outputNotFile: (p: string, k: FileKind) => `The output "${p}" is a ${enKind[k]}; a workbook cannot be written there: choose another name with -o.`,
  notOurs: (p: string, named: boolean) =>
    `The output "${p}" already exists and was not written by Review Assistant (or has changed since): to keep it safe, nothing was written. Add --overwrite to replace it, or ${named ? "choose another name with -o" : "name another output with -o"}.`,
  otherInput: (p: string, named: boolean) =>
    `The output "${p}" was written by Review Assistant for another input: to avoid a mix-up, nothing was written. Add --overwrite to replace it, or ${named ? "choose another name with -o" : "name another output with -o"}.`,
  linkNotNamed: (p: string, target: string) =>
    `"${p}" is a link (to "${target}"): Review Assistant does not write through a link you did not name, so as not to change another file. Remove the link, or name the output with -o.`,
  noFreeName: "no free name for the backup",
  overwriteExperts: "--overwrite cannot be used with --experts: expert scoring workbooks never replace a file.",
  notTaken: (p: string, why: string) => `Not taken: "${p}": ${why}`,
  reason: (r: NotTakenReason): string => {
    switch (r.why) {
      case "not-workbook":
        return "not an .xlsx or .xlsm workbook";
      case "lock-file":
        return "a lock file Excel leaves while a workbook is open";
      case "hidden":
        return "a hidden file";
      case "hidden-folder":
        return "a hidden folder, not entered";
      case "own-output":
        return "a result or backup Review Assistant wrote (.reviewed / .bak)";
      case "folder-link":
        return "a link to a folder, not entered (it could read files twice or loop)";
      case "folder-again":
        return `the same folder as "${r.first}", not entered again`;
      case "same-file":
        return `the same file as "${r.first}", read once`;
      case "special":
        return `a ${enKind[r.kind]}, not a file`;
      case "broken-link":
        return "a broken link (its target does not exist)";
      case "unreadable":
        return `cannot be read: ${r.os}`;
    }
  },
};
