/** Strings of the cli edge: usage, the human report, every message of the command line. */
import * as files from "./cliFiles";

export type { FileKind, NotTakenReason } from "./cliFiles";

const zhUsage = `评审助手 review-assistant —— 四好商会认定、创新中国案例推介的表格校验

用法：
  review-assistant check <文件.xlsx> [选项]
      校验，不写任何文件。
  review-assistant fill <文件.xlsx> [-o 输出.xlsx | --in-place] [选项]
      校验并写回结果列、标色和"校验报告"工作表。默认写到输入文件旁的
      <文件名>.reviewed.xlsx，输入文件不变；--in-place 先保留 <文件名>.bak.xlsx，
      再原地替换。
  review-assistant consolidate <文件或文件夹>... -o 输出.xlsx [选项]
      把多个工作簿的自评表（或专家评分表）汇总到一个新工作簿，生成汇总表后校验。
      文件夹中的 .xlsx、.xlsm、.xls、.et、.ods 都会读取，每个文件只读一次，不进入指向文件夹的链接；
      没有取用的文件（~$ 临时文件、.reviewed/.bak 输出等）逐一列出原因，
      读不了的文件也会列出并跳过。
  review-assistant template --scheme 方案 -o 输出.xlsx
      生成该评审方案的空白模板。
  review-assistant template --scheme chuangxin-2021 --from 推介汇总表.xlsx --experts 张三,李四 -o 文件夹
      按推介汇总表为每位专家生成一份评分表（案例锁定、评分有数据验证、合计公式），
      收回后用 consolidate 汇总。

选项：
  --scheme 方案       sihao-2020、chuangxin-2021 或方案 JSON 文件路径；
                      不指定时用工作簿中保存的方案，否则自动识别
  --quota N           每个省份（组）的推荐名额，覆盖名额分配表
  --json              输出机器可读的 JSON 报告（SPEC §5）
  --lang zh|en        报告语言，默认 zh
  -o, --output 文件   输出文件（fill、consolidate、template）
  --in-place          fill：原地替换输入文件（先保留 .bak.xlsx）
  --overwrite         fill、consolidate、template：输出位置已有一个不是本工具为同一输入
                      写出的文件（或写出后被改过）时，也替换它（默认拒绝，什么都不写）
  --fill-subtotals    fill、consolidate：在空白的小计/合计单元格填入核算值
                      （已填写的数值从不改动）
  --from 文件         template：专家评分表所列案例来自该文件的推介汇总表
  --experts 姓名,…    template：专家姓名（逗号分隔），每人一份评分表，写入 -o 文件夹
  --debug             出错时附上内部细节（堆栈），便于报告问题
  -h, --help          显示本说明
  --version           显示版本

.xlsm（启用宏的工作簿）按原样保留宏，输出也是 .xlsm。
.xls（Excel 97-2003）、WPS 表格文件和 .ods 也能读取（只读取数值和合并单元格）；fill 把结果写成
新的 <文件名>.reviewed.xlsx，从不改写原文件（不能用 --in-place）。
退出码：0 没有错误；1 数据有错误（fill 仍会写出文件）；2 用法错误、文件无法读取或方案无效。
加 --json 时，退出码 2 也在标准输出给出 {"error": {"code", "message", "file"}}。
`;

const enUsage = `Review Assistant (review-assistant) — checks 四好 chamber and 创新中国 case workbooks

Usage:
  review-assistant check <file.xlsx> [options]
      Check; writes nothing.
  review-assistant fill <file.xlsx> [-o OUT.xlsx | --in-place] [options]
      Check and write the result columns, highlights and the 校验报告 sheet. Writes
      <name>.reviewed.xlsx beside the input unless -o; the input is left alone.
      --in-place keeps <name>.bak.xlsx first, then replaces the file.
  review-assistant consolidate <file-or-folder>... -o OUT.xlsx [options]
      Gathers the self-assessment (or expert) sheets of many workbooks into one new
      workbook with a summary, then checks it. Folders are scanned for .xlsx, .xlsm, .xls,
      .et and .ods, each file read once, links to folders not entered; every file not taken
      (~$ lock files, .reviewed/.bak outputs …) is listed with the reason; unreadable files
      are skipped.
  review-assistant template --scheme ID -o OUT.xlsx
      Writes the blank template of a scheme.
  review-assistant template --scheme chuangxin-2021 --from cases.xlsx --experts 张三,李四 -o FOLDER
      One scoring workbook per expert from the case list (cases locked, scores
      validated, a 合计 formula); collect them back with consolidate.

Options:
  --scheme ID|FILE    sihao-2020, chuangxin-2021 or a scheme JSON file; by default the
                      scheme stored in the workbook, else detected
  --quota N           every province's (group's) quota; overrides the quota sheet
  --json              print the machine-readable JSON report (SPEC §5)
  --lang zh|en        report language, zh by default
  -o, --output FILE   output file (fill, consolidate, template)
  --in-place          fill: replace the input (after keeping .bak.xlsx)
  --overwrite         fill, consolidate, template: replace a file at the output that this
                      tool did not write for the same input (or that changed since);
                      without it such a file is left alone and nothing is written
  --fill-subtotals    fill, consolidate: write computed values into blank 小计/合计
                      cells (a value already there is never changed)
  --from FILE         template: the case list the expert scoring sheets list
  --experts NAMES     template: expert names, comma-separated; one workbook each in -o FOLDER
  --debug             on failure, add the internal details (stack) for a bug report
  -h, --help          show this help
  --version           show the version

.xlsm (macro-enabled) workbooks keep their macros and are written as .xlsm.
.xls (Excel 97-2003), WPS Spreadsheets files and .ods are read too (values and merged
cells); fill writes the result as a new <name>.reviewed.xlsx, never over the original
(no --in-place).
Exit codes: 0 no errors; 1 the data has errors (fill still writes); 2 usage error,
unreadable input or bad scheme. With --json, exit 2 also prints
{"error": {"code", "message", "file"}} on stdout.
`;

export const zh = {
  usage: zhUsage,
  fs: files.zh,
  seeHelp: "运行 review-assistant --help 查看用法。",
  errorPrefix: "错误：",
  // The exception's own (English) text stays out of Chinese: --debug prints it with the stack.
  internal: (_detail: string) => "内部错误。请加 --debug 重试，并把输出发给维护者。",
  arg: {
    noCommand: "缺少命令（check、fill、consolidate 或 template）。",
    unknownCommand: (c: string) => `未知命令"${c}"，可用：check、fill、consolidate、template。`,
    unknownOption: (o: string) => `未知选项"${o}"。`,
    missingValue: (o: string) => `选项 ${o} 需要一个值。`,
    optionNotFor: (o: string, cmd: string) => `选项 ${o} 不能用于 ${cmd} 命令。`,
    needFile: (cmd: string) => `${cmd} 命令需要一个 .xlsx 文件。`,
    oneFile: (cmd: string, extra: string) => `${cmd} 命令只接受一个文件，多出："${extra}"。`,
    needSources: "consolidate 命令需要至少一个文件或文件夹。",
    needOutput: (cmd: string) => `${cmd} 命令需要 -o 输出文件。`,
    needScheme: "template 命令需要 --scheme。",
    noFilesFor: (cmd: string, extra: string) => `${cmd} 命令不接受文件参数："${extra}"。`,
    outputAndInPlace: "-o 与 --in-place 不能同时使用。",
    badQuota: (v: string) => `--quota 必须是非负整数，收到"${v}"。`,
    badLang: (v: string) => `--lang 只能是 zh 或 en，收到"${v}"。`,
    outputIsInput: (p: string) => `输出文件就是输入文件"${p}"：要原地修改请用 --in-place。`,
    outputNotXlsx: (p: string) => `输出文件必须以 .xlsx 结尾："${p}"。`,
    outputNotWorkbook: (p: string) => `输出文件必须以 .xlsx 或 .xlsm 结尾："${p}"。`,
    outputKind: (input: string, ext: string, output: string) =>
      `"${input}"是 ${ext} 工作簿，输出文件也必须以 ${ext} 结尾（Excel 拒绝打开扩展名与内容不符的文件）："${output}"。`,
    inPlaceLegacy: (input: string, kind: string, out: string) =>
      `"${input}"是 ${kind}，不能原地改写：结果只能写成新的 .xlsx 文件。请去掉 --in-place（结果会写到"${out}"），或用 -o 指定输出文件。`,
  },
  scheme: {
    unknown: (v: string, ids: string) => `没有评审方案"${v}"，也没有这个文件；可选：${ids}，或方案 JSON 文件路径。`,
    unreadable: (p: string, detail: string) => `无法读取方案文件"${p}"：${detail}`,
    bad: (source: string, n: number) => `评审方案无效（${source}），共 ${n} 处问题：`,
    storedSource: (file: string) => `工作簿"${file}"中保存的方案`,
    problem: (path: string, message: string) => `  ${path || "（整个文件）"}：${message}`,
  },
  file: {
    missing: (p: string) => `找不到文件"${p}"。`,
    isFolder: (p: string) => `"${p}"是文件夹，不是 .xlsx 文件。`,
    unreadable: (p: string, detail: string) => `无法读取"${p}"：${detail}`,
    empty: (p: string) => `"${p}"是空文件（0 字节），不是 .xlsx 工作簿。`,
    /** The file adapter's own reason, after the file's name. */
    xlsx: (p: string, reason: string) => `"${p}"：${reason}。`,
    nothingWritten: "未写入任何文件。",
    writeFailed: (p: string, detail: string) => `无法写入"${p}"：${detail}`,
    outOfMemory: (p: string) => `"${p}"太大，内存不足以读取：评审工作簿通常只有几 MB，请删除多余的数据后重试。`,
    internal: (p: string, _detail: string) => `读取"${p}"时出现内部错误。请加 --debug 重试，并把输出发给维护者。`,
    notVerified: (p: string, detail: string) => `写出的工作簿"${p}"未通过复核（${detail}），没有替换任何文件。请加 --debug 重试，并把输出发给维护者。`,
  },
  consolidate: {
    noSources: "没有找到可汇总的 .xlsx 文件。",
    outputIsSource: (p: string) => `输出文件"${p}"是要汇总的来源之一：汇总从不覆盖来源文件，请换一个输出文件名。`,
    outputInSource: (p: string, dir: string) =>
      `输出文件"${p}"在要汇总的文件夹"${dir}"里，下次汇总时会被当作来源读入：请把输出放到该文件夹之外。`,
    nothingRead: "没有可汇总的文件（见上），未写入任何文件。",
    skipped: (why: string) => `已跳过：${why}`,
    noSheets: (p: string) => `"${p}"中没有自评表或专家评分表。`,
    otherProgramme: (p: string, why: string) => `"${p}"：${why}。`,
    skippedCount: (n: number) => `${n} 个文件已跳过（见上）。`,
    summaryTitle: "推荐名单汇总表（汇总）",
    fromFiles: (n: number) => `由评审助手汇总自 ${n} 个文件`,
    sourceColumn: "来源文件",
    sourcesSheet: "来源清单",
    sourcesHeader: ["来源文件", "读取结果", "取用的工作表", "汇总后的工作表", "说明"],
    read: "已读取",
    skippedLabel: "已跳过",
    notTakenLabel: "未取用",
  },
  progress: {
    reading: (i: number, n: number) => `读取 ${i}/${n} …`,
    writing: "写入 …",
  },
  report: {
    heading: (title: string, id: string, detected: boolean) => `评审方案：${title}（${id}${detected ? "，自动识别" : ""}）`,
    file: (p: string) => `文件：${p}`,
    detectedBy: (why: string) => `识别依据：${why}`,
    chooseScheme: (ids: string[]) => `两项评审的工作表都在本工作簿中，本次只校验了一项：请用 ${ids.map((i) => `--scheme ${i}`).join(" 或 ")} 选定要校验的一项。`,
    chamberColumns: ["商会名称", "省份", "核验总分", "资格审查", "排名", "名额内", "原因"],
    caseColumns: ["案例名称", "类别", "专家数", "平均分", "资格审查", "排名", "入围初选", "入选终审", "原因"],
    /** Shorter labels for a narrow terminal, column for column. */
    chamberShort: ["商会名称", "省份", "总分", "资格", "排名", "名额内", "原因"],
    caseShort: ["案例名称", "类别", "专家", "平均分", "资格", "排名", "初选", "终审", "原因"],
    quotaSources: (list: string) => `名额来自：${list}`,
    quotaSourceCount: (source: string, n: number) => `${source}（${n} 个组）`,
    formWords: "",
    badQuotaSetting: (file: string) => `警告：工作簿"${file}"中保存的名额设置无法读取，已忽略（请在任务窗格中重新设置名额）。`,
    status: { qualified: "合格", disqualified: "不合格", pending: "待核" },
    verdict: { yes: "是", no: "否", tie: "并列待定" },
    noEntries: "没有可校验的条目。",
    issues: "问题（按工作表）",
    noIssues: "未发现问题。",
    wholeSheet: "—",
    severity: { error: "错误", warning: "警告" },
    counts: (c: { entries: number; qualified: number; disqualified: number; pending: number; errors: number; warnings: number }) =>
      `共 ${c.entries} 条：合格 ${c.qualified}，不合格 ${c.disqualified}，待核 ${c.pending}；错误 ${c.errors}，警告 ${c.warnings}`,
    written: (p: string) => `已写入：${p}`,
    backup: (p: string) => `原文件已备份为：${p}`,
    backupAgain: (p: string, first: string) => `原文件已备份为：${p}（更早的备份"${first}"保持不变）`,
    template: (p: string, title: string) => `已写入空白模板（${title}）：${p}`,
    converted: (kind: string) => `原文件是 ${kind}：结果是新建的 .xlsx 文件，格式（颜色、列宽、公式等）可能与原文件不同；原文件未改动。`,
  },
};

export const en: typeof zh = {
  usage: enUsage,
  fs: files.en,
  seeHelp: "Run review-assistant --help for usage.",
  errorPrefix: "Error: ",
  internal: (detail: string) => `Internal error (${detail}). Run again with --debug and send the output to the maintainers.`,
  arg: {
    noCommand: "No command given (check, fill, consolidate or template).",
    unknownCommand: (c: string) => `Unknown command "${c}"; use check, fill, consolidate or template.`,
    unknownOption: (o: string) => `Unknown option "${o}".`,
    missingValue: (o: string) => `Option ${o} needs a value.`,
    optionNotFor: (o: string, cmd: string) => `Option ${o} cannot be used with ${cmd}.`,
    needFile: (cmd: string) => `${cmd} needs an .xlsx file.`,
    oneFile: (cmd: string, extra: string) => `${cmd} takes one file; unexpected "${extra}".`,
    needSources: "consolidate needs at least one file or folder.",
    needOutput: (cmd: string) => `${cmd} needs -o OUT.xlsx.`,
    needScheme: "template needs --scheme.",
    noFilesFor: (cmd: string, extra: string) => `${cmd} takes no file arguments: "${extra}".`,
    outputAndInPlace: "-o and --in-place cannot be used together.",
    badQuota: (v: string) => `--quota must be a whole number, 0 or more; got "${v}".`,
    badLang: (v: string) => `--lang must be zh or en; got "${v}".`,
    outputIsInput: (p: string) => `The output is the input "${p}": use --in-place to change it in place.`,
    outputNotXlsx: (p: string) => `The output file must end in .xlsx: "${p}".`,
    outputNotWorkbook: (p: string) => `The output file must end in .xlsx or .xlsm: "${p}".`,
    outputKind: (input: string, ext: string, output: string) =>
      `"${input}" is an ${ext} workbook, so the output must end in ${ext} too (Excel refuses a file whose extension does not match its content): "${output}".`,
    inPlaceLegacy: (input: string, kind: string, out: string) =>
      `"${input}" is ${kind} and cannot be replaced in place: the result can only be a new .xlsx file. Leave out --in-place (the result goes to "${out}"), or name the output with -o.`,
  },
  scheme: {
    unknown: (v: string, ids: string) => `No scheme "${v}" and no such file; choose one of ${ids}, or a scheme JSON file.`,
    unreadable: (p: string, detail: string) => `Cannot read the scheme file "${p}": ${detail}`,
    bad: (source: string, n: number) => `The scheme is not valid (${source}), ${n} problem${n === 1 ? "" : "s"}:`,
    storedSource: (file: string) => `the scheme stored in "${file}"`,
    problem: (path: string, message: string) => `  ${path || "(whole file)"}: ${message}`,
  },
  file: {
    missing: (p: string) => `No such file "${p}".`,
    isFolder: (p: string) => `"${p}" is a folder, not an .xlsx file.`,
    unreadable: (p: string, detail: string) => `Cannot read "${p}": ${detail}`,
    empty: (p: string) => `"${p}" is empty (0 bytes), not an .xlsx workbook.`,
    xlsx: (p: string, reason: string) => `"${p}": ${reason}.`,
    nothingWritten: "Nothing was written.",
    writeFailed: (p: string, detail: string) => `Cannot write "${p}": ${detail}`,
    outOfMemory: (p: string) => `"${p}" is too large to read in memory: review workbooks are a few MB; delete the extra data and try again.`,
    internal: (p: string, detail: string) => `Reading "${p}" failed (${detail}). Run again with --debug and send the output to the maintainers.`,
    notVerified: (p: string, detail: string) =>
      `The workbook written for "${p}" failed its check (${detail}); no file was replaced. Run again with --debug and send the output to the maintainers.`,
  },
  consolidate: {
    noSources: "No .xlsx files to consolidate.",
    outputIsSource: (p: string) => `The output "${p}" is one of the sources: consolidate never overwrites a source; choose another output name.`,
    outputInSource: (p: string, dir: string) =>
      `The output "${p}" is inside the source folder "${dir}", so the next consolidation would read it as a source: put it outside that folder.`,
    nothingRead: "None of the files could be used (see above); nothing was written.",
    skipped: (why: string) => `Skipped: ${why}`,
    noSheets: (p: string) => `"${p}" has no self-assessment or expert score sheet.`,
    otherProgramme: (p: string, why: string) => `"${p}": ${why}.`,
    skippedCount: (n: number) => `${n} file(s) skipped (see above).`,
    summaryTitle: "推荐名单汇总表（汇总）",
    fromFiles: (n: number) => `Consolidated by Review Assistant from ${n} file(s)`,
    sourceColumn: "来源文件",
    sourcesSheet: "来源清单",
    sourcesHeader: ["Source file", "Result", "Sheets taken", "Sheets here", "Note"],
    read: "read",
    skippedLabel: "skipped",
    notTakenLabel: "not taken",
  },
  progress: {
    reading: (i: number, n: number) => `Reading ${i}/${n} …`,
    writing: "Writing …",
  },
  report: {
    heading: (title: string, id: string, detected: boolean) => `Scheme: ${title} (${id}${detected ? ", detected" : ""})`,
    file: (p: string) => `File: ${p}`,
    detectedBy: (why: string) => `Detected: ${why}`,
    chooseScheme: (ids: string[]) => `Sheets of two reviews are in this workbook and only one was checked: choose one with ${ids.map((i) => `--scheme ${i}`).join(" or ")}.`,
    chamberColumns: ["Chamber", "Province", "Total", "Status", "Rank", "In quota", "Why"],
    caseColumns: ["Case", "Category", "Experts", "Score", "Status", "Rank", "Shortlist", "Final", "Why"],
    chamberShort: ["Chamber", "Province", "Total", "Status", "Rank", "Quota", "Why"],
    caseShort: ["Case", "Category", "Exp.", "Score", "Status", "Rank", "Short", "Final", "Why"],
    quotaSources: (list: string) => `Quotas from: ${list}`,
    quotaSourceCount: (source: string, n: number) => `${source} (${n} group${n === 1 ? "" : "s"})`,
    badQuotaSetting: (file: string) =>
      `Warning: the quota setting stored in "${file}" cannot be read and is ignored (set the quotas again in the task pane).`,
    formWords: "The form's result cells are written in Chinese: 合格 qualified · 不合格 disqualified · 待核 pending · 是 yes · 否 no · 并列待定 tie · 无 none.",
    status: { qualified: "qualified", disqualified: "disqualified", pending: "pending" },
    verdict: { yes: "yes", no: "no", tie: "tie" },
    noEntries: "Nothing to check.",
    issues: "Issues by sheet",
    noIssues: "No issues found.",
    wholeSheet: "—",
    severity: { error: "error", warning: "warning" },
    counts: (c: { entries: number; qualified: number; disqualified: number; pending: number; errors: number; warnings: number }) =>
      `${c.entries} entries: ${c.qualified} qualified, ${c.disqualified} disqualified, ${c.pending} pending; ` +
      `${c.errors} error(s), ${c.warnings} warning(s)`,
    written: (p: string) => `Written: ${p}`,
    backup: (p: string) => `The original is kept as: ${p}`,
    backupAgain: (p: string, first: string) => `The original is kept as: ${p} (the earlier backup "${first}" is left as it was)`,
    template: (p: string, title: string) => `Blank template (${title}) written: ${p}`,
    converted: (kind: string) => `The original is ${kind}: the result is a new .xlsx file whose formatting (colours, column widths, formulas…) may differ from it; the original is left as it was.`,
  },
};
