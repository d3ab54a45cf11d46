#!/usr/bin/env python3
"""Writes the Word-shaped .docx 来稿 of this corpus (run from this folder).

w1: saved by Word 2016 — runs split at rsid changes, 仿宋_GB2312 fonts,
first-line indents, manual line breaks (Shift+Enter, w:br) inside
sentences, at line ends after 。, after a short heading and before an
indent, a page break, lastRenderedPageBreak marks, an emoji behind a
w16se choice. w2: saved by WPS Office — a bare greeting alone at the
top, a covering sentence without its 。, a photo caption in a text box as
mc:AlternateContent (wps choice, VML fallback holding the same text), WPS's custom data
namespace and docProps. The texts are invented, in the shape 来稿 have.
"""
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:w="' + W + '" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ')
WPS_NS = 'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '

FS = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
HEI = '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'


def run(text, rpr=FS, rsid='00C41A2B'):
    return f'<w:r w:rsidRPr="{rsid}">{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def br(kind=''):
    t = f' w:type="{kind}"' if kind else ''
    return f'<w:r>{FS}<w:br{t}/></w:r>'


def para(*runs, centre=False, indent=True, rsid='00C41A2B'):
    ppr = '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/>'
    if centre:
        ppr += '<w:jc w:val="center"/>'
    elif indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    ppr += FS + '</w:pPr>'
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w:rsidP="{rsid}">{ppr}{"".join(runs)}</w:p>'


def title(text):
    rpr = '<w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hint="eastAsia"/><w:sz w:val="44"/></w:rPr>'
    return para(run(text, rpr), centre=True)


SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
        'w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')


def package(name, body, app, wps=False):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {NS}{WPS_NS if wps else ""}mc:Ignorable="w14 w16se wp14"><w:body>'
           + body + SECT + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '</Relationships>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
              '</w:styles>')
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f'<Application>{app}</Application></Properties>')
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', doc)
        z.writestr('word/_rels/document.xml.rels', docrels)
        z.writestr('word/styles.xml', styles)
        z.writestr('docProps/app.xml', appx)


def w1():
    emoji = ('<mc:AlternateContent><mc:Choice Requires="w16se"><w:r>' + FS +
             '<w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F44D"/></w:r></mc:Choice>'
             '<mc:Fallback><w:r>' + FS + '<w:t>👍</w:t></w:r></mc:Fallback></mc:AlternateContent>')
    body = (title('柳塘镇“田间党校”把课堂搬到地头')
            + para(run('（柳塘镇党委）'), centre=True)
            # Shift+Enter in the middle of a sentence, between runs of two rsids
            + para(run('今年以来，柳塘镇依托农业合作社和种植基地，开设“田间党校”9所，组织党员和种植大户'),
                   br(), run('就近学习政策理论和实用技术，', rsid='00D7E3F1'),
                   run('累计开课86场，培训1900余人次。'))
            # Shift+Enter at line ends after 。: paragraphs as the writer meant them
            + para(run('一是课堂设在地头。'), br(), run('把大棚、果园和养殖场作为教学点，党员边看边学。'), br(),
                   run('二是老师请到身边。'), br(), run('聘请农技人员、致富带头人等38人担任兼职教师，每月到各教学点授课'), br(),
                   run('不少于两次。'))
            # a short heading ended by Shift+Enter, then an indent after one
            + para(run('主要成效', HEI), br(), run('学员中有46人领办或参与产业项目，带动'), br(),
                   run('周边农户增收。'), br(), run('　　群众评价“听得懂、用得上”'), emoji, run('。'))
            + para('<w:r>' + FS + '<w:lastRenderedPageBreak/><w:t>下一步，柳塘镇将把“田间党校”向村民小组延伸。</w:t></w:r>', br('page'))
            + para(run('（柳塘镇党委 何静）'), indent=False))
    package('w1_word_manual_breaks.docx', body, 'Microsoft Office Word')


def w2():
    box_p = lambda t: f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>{FS}<w:t>{t}</w:t></w:r></w:p>'
    textbox = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
               'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
               '<wp:simplePos x="0" y="0"/><wp:extent cx="5274310" cy="495300"/><wp:docPr id="1" name="文本框 1"/>'
               '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
               '<wps:txbx><w:txbxContent>' + box_p('图为村干部述职现场') + '</w:txbxContent></wps:txbx>'
               '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
               '<mc:Fallback><w:pict><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202"><v:textbox><w:txbxContent>'
               + box_p('图为村干部述职现场') + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
               '</mc:AlternateContent></w:r></w:p>')
    body = (para(run('各位领导：'), indent=False)
            + para(run('现将我县组织工作信息一篇报上，请审阅'))
            + title('石岭县推行村干部“述职赛马”')
            + para(run('为激发村干部干事创业热情，石岭县在全县142个村推行村干部“述职赛马”，每半年组织一次，'
                       '由党员群众代表现场打分，结果与绩效报酬挂钩。'))
            + para(run('今年上半年，全县共评出“黑马”村干部27名、“后进”村干部11名，对后进者由乡镇党委书记逐一约谈。'))
            + textbox
            + para(run('（石岭县委组织部）'), indent=False))
    package('w2_wps_greeting_textbox.docx', body, 'WPS Office', wps=True)


w1()
w2()
