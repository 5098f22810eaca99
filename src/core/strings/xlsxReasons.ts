/**
 * Why a part of a workbook file is damaged, as the file adapter finds it: the XML parser's
 * and the zip reader's refusals, as data, worded here in each language (never the reader's
 * own English passed through).
 */

/** Where a token of the XML was left unfinished. */
export type XmlCut = "comment" | "cdata" | "declaration" | "instruction" | "end-tag" | "attribute" | "start-tag";

export type XmlReason =
  | { why: "unclosed"; name: string }
  | { why: "no-root" }
  | { why: "text-outside" }
  | { why: "cut"; what: XmlCut }
  | { why: "cdata-outside" }
  | { why: "doctype" }
  | { why: "stray-close"; name: string }
  | { why: "mismatch"; name: string; open: string }
  | { why: "lt-in-tag" }
  | { why: "empty-name" }
  | { why: "second-root" }
  /** An element the part must have: `<sheets>`, `</Types>`, `<fills>` … */
  | { why: "missing"; name: string }
  /** An element without the attribute it must have: `<sheet>` without a name. */
  | { why: "no-name"; element: string };

export type ZipReason =
  | { why: "no-end" }
  | { why: "zip64" }
  | { why: "entry"; n: number }
  | { why: "local"; name: string }
  | { why: "truncated"; name: string }
  | { why: "inflate"; name: string }
  /** Two parts of one name (OPC names compare ignoring case): a package may have only one. */
  | { why: "duplicate"; name: string };

const zhCut: Record<XmlCut, string> = {
  comment: "注释",
  cdata: "CDATA 段",
  declaration: "声明",
  instruction: "处理指令",
  "end-tag": "结束标记",
  attribute: "属性值",
  "start-tag": "开始标记",
};

const enCut: Record<XmlCut, string> = {
  comment: "comment",
  cdata: "CDATA section",
  declaration: "declaration",
  instruction: "processing instruction",
  "end-tag": "end tag",
  attribute: "attribute value",
  "start-tag": "start tag",
};

export function zhXml(r: XmlReason): string {
  switch (r.why) {
    case "unclosed":
      return `<${r.name}> 没有结束标记`;
    case "no-root":
      return "没有根元素";
    case "text-outside":
      return "根元素之外有文字";
    case "cut":
      return `${zhCut[r.what]}没有结束（内容在此中断）`;
    case "cdata-outside":
      return "根元素之外有 CDATA 段";
    case "doctype":
      return "含有声明实体的 DOCTYPE，工作簿中不允许出现（可能是恶意文件）";
    case "stray-close":
      return `多余的结束标记 </${r.name}>`;
    case "mismatch":
      return `结束标记 </${r.name}> 与开始标记 <${r.open}> 不匹配`;
    case "lt-in-tag":
      return "标记中出现了“<”";
    case "empty-name":
      return "有一个没有名称的标记";
    case "second-root":
      return "有第二个根元素";
    case "missing":
      return `缺少 <${r.name}>`;
    case "no-name":
      return `<${r.element}> 没有名称`;
  }
}

export function enXml(r: XmlReason): string {
  switch (r.why) {
    case "unclosed":
      return `<${r.name}> is not closed`;
    case "no-root":
      return "there is no root element";
    case "text-outside":
      return "there is text outside the root element";
    case "cut":
      return `a ${enCut[r.what]} is not finished (the content stops there)`;
    case "cdata-outside":
      return "there is a CDATA section outside the root element";
    case "doctype":
      return "it holds a DOCTYPE declaring entities, which a workbook may not have (the file may be malicious)";
    case "stray-close":
      return `there is a stray end tag </${r.name}>`;
    case "mismatch":
      return `the end tag </${r.name}> does not match the start tag <${r.open}>`;
    case "lt-in-tag":
      return "a tag holds a '<'";
    case "empty-name":
      return "a tag has no name";
    case "second-root":
      return "there is a second root element";
    case "missing":
      return `<${r.name}> is missing`;
    case "no-name":
      return `a <${r.element}> has no name`;
  }
}

export function zhZip(r: ZipReason): string {
  switch (r.why) {
    case "no-end":
      return "找不到 zip 目录，文件可能不完整";
    case "zip64":
      return "zip64 目录记录缺失";
    case "entry":
      return `第 ${r.n} 个目录项损坏`;
    case "local":
      return `部件 ${r.name} 的文件头损坏`;
    case "truncated":
      return `部件 ${r.name} 的数据不完整，文件可能被截断`;
    case "inflate":
      return `部件 ${r.name} 无法解压`;
    case "duplicate":
      return `部件 ${r.name} 出现了不止一次，而一个工作簿中每个部件只能有一个`;
  }
}

export function enZip(r: ZipReason): string {
  switch (r.why) {
    case "no-end":
      return "no zip directory found; the file may be incomplete";
    case "zip64":
      return "the zip64 directory record is missing";
    case "entry":
      return `directory entry ${r.n} is damaged`;
    case "local":
      return `the header of part ${r.name} is damaged`;
    case "truncated":
      return `the data of part ${r.name} is incomplete; the file may have been cut short`;
    case "inflate":
      return `part ${r.name} cannot be inflated`;
    case "duplicate":
      return `part ${r.name} occurs more than once, and a workbook may have only one of each part`;
  }
}

/** Why a workbook the tool wrote failed its own check before replacing anything: a fault of ours. */
export type VerifyReason =
  | { why: "no-types" }
  | { why: "xml"; reason: XmlReason; line: number }
  | { why: "char"; code: string }
  | { why: "no-type" }
  | { why: "dangling"; id: string; target: string }
  | { why: "illegal-name"; name: string }
  | { why: "twice"; name: string }
  | { why: "no-part"; name: string }
  /** The written file cannot be read back at all (its zip, or its workbook part). */
  | { why: "read-back" };

export function zhVerify(r: VerifyReason): string {
  switch (r.why) {
    case "no-types":
      return "缺少内容类型表";
    case "xml":
      return `第 ${r.line} 行 XML 格式错误：${zhXml(r.reason)}`;
    case "char":
      return `含有 XML 不允许的字符 ${r.code}`;
    case "no-type":
      return "没有内容类型";
    case "dangling":
      return `关系 ${r.id} 指向不存在的 ${r.target}`;
    case "illegal-name":
      return `工作表名称"${r.name}"不合规`;
    case "twice":
      return `工作表名称"${r.name}"重复`;
    case "no-part":
      return `工作表"${r.name}"没有对应的部件`;
    case "read-back":
      return "写出的文件无法读回";
  }
}

export function enVerify(r: VerifyReason): string {
  switch (r.why) {
    case "no-types":
      return "the content-type table is missing";
    case "xml":
      return `malformed XML at line ${r.line}: ${enXml(r.reason)}`;
    case "char":
      return `it holds ${r.code}, a character XML does not allow`;
    case "no-type":
      return "it has no content type";
    case "dangling":
      return `relationship ${r.id} points at missing ${r.target}`;
    case "illegal-name":
      return `sheet name "${r.name}" is not legal`;
    case "twice":
      return `sheet name "${r.name}" is used twice`;
    case "no-part":
      return `sheet "${r.name}" has no part`;
    case "read-back":
      return "the written file cannot be read back";
  }
}
