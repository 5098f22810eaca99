/**
 * A 四好 workbook with everything a careless writer loses: a chart, a picture, a list
 * validation, a conditional format, workbook- and sheet-scoped names, a comment, and
 * bordered bold "0.0" score cells. LibreOffice then re-writes it so tests start from its output.
 */
import { execFileSync } from "child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Grid } from "../../src/core";
import { createXlsx } from "../../src/xlsx";
import { SIMPLE_STYLES } from "./pkg";
import { gridSpec, sihaoGrids } from "./plans";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A 1×1 PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const DRAWING =
  DECL +
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  "<xdr:twoCellAnchor><xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
  "<xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>' +
  "<xdr:oneCellAnchor><xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
  '<xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2" descr="商会徽标"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
  '<xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>' +
  "</xdr:wsDr>";

const CHART =
  DECL +
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
  '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>自评分</c:v></c:tx>' +
  "<c:cat><c:strRef><c:f>'推荐名单汇总表'!$C$4:$C$6</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'推荐名单汇总表'!$E$4:$E$6</c:f></c:numRef></c:val></c:ser>" +
  '<c:axId val="111"/><c:axId val="222"/></c:barChart>' +
  '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>' +
  '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const COMMENTS =
  DECL +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>评审员</author></authors>' +
  '<commentList><comment ref="C4" authorId="0"><text><r><t>请核对商会全称</t></r></text></comment></commentList></comments>';

const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:20pt;width:108pt;height:59pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 2, 10, 5, 15, 6, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>3</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>';

const VALIDATION =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D4:D50"><formula1>"行业商会,异地商会,乡镇商会"</formula1></dataValidation></dataValidations>';
const CONDITIONAL =
  '<conditionalFormatting sqref="E4:E50"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>450</formula></cfRule></conditionalFormatting>';

export const RICH_NAMES = { workbook: "合计区", sheet: "自评区" };

/** The source workbook (before LibreOffice) and the grids it holds. */
export function richSource(): { bytes: Uint8Array; grids: Grid[] } {
  const grids = sihaoGrids();
  const parts: Record<string, Uint8Array> = unzipSync(createXlsx(grids.map(gridSpec)));
  const text = (n: string) => strFromU8(parts[n]);
  const put = (n: string, t: string | Uint8Array) => (parts[n] = typeof t === "string" ? strToU8(t) : t);

  put(
    "xl/styles.xml",
    SIMPLE_STYLES.replace("</styleSheet>", '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>'),
  );
  // Every score cell (column E) bold, bordered, centred, shown as "0.0".
  for (let i = 1; i <= grids.length; i++) {
    const n = `xl/worksheets/sheet${i}.xml`;
    put(n, text(n).replace(/<c r="(E\d+)"/g, '<c r="$1" s="1"'));
  }
  const summary = text("xl/worksheets/sheet1.xml")
    .replace("<pageMargins", `${CONDITIONAL}${VALIDATION}<pageMargins`)
    .replace("</worksheet>", '<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/></worksheet>');
  put("xl/worksheets/sheet1.xml", summary);
  put(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  put("xl/drawings/drawing1.xml", DRAWING);
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`,
  );
  put("xl/charts/chart1.xml", CHART);
  put("xl/media/image1.png", Uint8Array.from(Buffer.from(PNG, "base64")));
  put("xl/comments1.xml", COMMENTS);
  put("xl/drawings/vmlDrawing1.vml", VML);
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      '<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
    ),
  );
  const self = grids[2].name;
  put(
    "xl/workbook.xml",
    text("xl/workbook.xml").replace(
      "</sheets>",
      `</sheets><definedNames><definedName name="${RICH_NAMES.workbook}">'推荐名单汇总表'!$E$4:$E$6</definedName>` +
        `<definedName name="${RICH_NAMES.sheet}" localSheetId="2">'${self}'!$E$4:$E$47</definedName></definedNames>`,
    ),
  );
  return { bytes: zipSync(parts), grids };
}

/** Runs LibreOffice headless with a private profile; throws with its output when it fails. */
export function soffice(profile: string, args: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", ...args], {
    timeout: 180_000,
    stdio: "pipe",
  });
}

/** Converts files to .xlsx as LibreOffice writes it; returns the outputs' bytes by input base name. */
export function libreXlsx(dir: string, profile: string, files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const src = join(dir, "lo-src");
  const out = join(dir, "lo-xlsx");
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(src, `${name}.xlsx`);
    writeFileSync(p, bytes);
    return p;
  });
  soffice(profile, ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, ...paths]);
  return Object.fromEntries(Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(join(out, `${name}.xlsx`)))]));
}

/** Every sheet of every file as CSV text (UTF-8), by `<file>-<sheet>`. */
export function libreCsv(dir: string, profile: string, files: Record<string, Uint8Array>): Map<string, string[][]> {
  const src = join(dir, "csv-src");
  const out = join(dir, "csv");
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(src, `${name}.xlsx`);
    writeFileSync(p, bytes);
    return p;
  });
  // Separator ",", quote '"', UTF-8 (76), from line 1; the last token (-1) writes every sheet to its own file.
  soffice(profile, ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, ...paths]);
  const result = new Map<string, string[][]>();
  for (const name of Object.keys(files)) {
    for (const f of readdirSync(out)) {
      if (f.startsWith(`${name}-`) && f.endsWith(".csv")) result.set(f.slice(0, -4), parseCsv(readFileSync(join(out, f), "utf8")));
    }
  }
  return result;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
