<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="70"/>
        <source>Import fi&amp;les…</source>
        <translation>导入文件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="70"/>
        <source>Import txt, md, html, pdf or docx files</source>
        <translation>导入 txt、md、html、pdf 或 docx 文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="71"/>
        <source>Import fol&amp;der…</source>
        <translation>导入文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="71"/>
        <source>Import every supported file in a folder</source>
        <translation>导入文件夹中所有支持的文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="72"/>
        <source>&amp;Open library…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="72"/>
        <source>Open another library file</source>
        <translation>打开另一个资料库文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="73"/>
        <source>Open s&amp;hared library…</source>
        <translation>打开共享资料库(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="74"/>
        <source>Open a library on a PostgreSQL server, shared by the newsroom</source>
        <translation>打开 PostgreSQL 服务器上由编辑部共用的资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="75"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="75"/>
        <source>User name, role, language, theme, font size</source>
        <translation>用户名、角色、语言、主题、字号</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="76"/>
        <source>Close Curator</source>
        <translation>关闭 Curator</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="77"/>
        <source>Und&amp;o</source>
        <translation>撤销(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="77"/>
        <source>Undo your last change in this article, or the article you just deleted</source>
        <translation>撤销你在本文中的上一次修改，或恢复刚删除的文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="78"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="78"/>
        <source>Redo the change you undid</source>
        <translation>重做刚才撤销的修改</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="79"/>
        <source>Undo in &amp;library</source>
        <translation>在全库中撤销(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="80"/>
        <source>Undo your newest change anywhere in the library: an import, a deletion, a tag in another article</source>
        <translation>撤销你在全库中最近的一次改动：一次导入、一次删除，或另一篇文章中的标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="81"/>
        <source>Redo in library</source>
        <translation>在全库中重做</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="81"/>
        <source>Redo the library change you undid</source>
        <translation>重做刚在全库中撤销的改动</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="82"/>
        <source>Tag as &amp;institution</source>
        <translation>标为机构(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="82"/>
        <source>Tag the selected text as an institution</source>
        <translation>把选中的文字标为机构</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="83"/>
        <source>Tag as &amp;figure</source>
        <translation>标为人物(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="83"/>
        <source>Tag the selected text as a figure</source>
        <translation>把选中的文字标为人物</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="84"/>
        <source>Tag as institution, exactly as selected</source>
        <translation>按原样标为机构（不按词对齐）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="85"/>
        <location filename="../../curator/gui/shortcuts.py" line="87"/>
        <source>Tag without snapping to word boundaries</source>
        <translation>不对齐到词边界，按选中的字标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="86"/>
        <source>Tag as figure, exactly as selected</source>
        <translation>按原样标为人物（不按词对齐）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="88"/>
        <source>Re&amp;move tag</source>
        <translation>删除标注(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="88"/>
        <source>Remove the selected tag</source>
        <translation>删除选中的标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="89"/>
        <source>&amp;Label all occurrences</source>
        <translation>标注所有出现(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="90"/>
        <source>Tag every other occurrence of the selected tag&apos;s name in this article</source>
        <translation>把本文中与选中标注同名的其他出现全部标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="91"/>
        <source>&amp;Next article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="91"/>
        <source>Open the next article in the list</source>
        <translation>打开列表中的下一篇文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="92"/>
        <source>&amp;Previous article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="92"/>
        <source>Open the previous article in the list</source>
        <translation>打开列表中的上一篇文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="93"/>
        <source>Mark as &amp;done</source>
        <translation>标记为完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="93"/>
        <source>Finish tagging this article</source>
        <translation>完成本文的标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="94"/>
        <source>Edit de&amp;tails…</source>
        <translation>编辑文章信息(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="95"/>
        <source>Change the article&apos;s title, source, author, date or URL (never its text)</source>
        <translation>修改文章的标题、来源、作者、日期或网址（正文不会改动）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="96"/>
        <source>D&amp;elete article…</source>
        <translation>删除文章(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="97"/>
        <source>Delete this article and its tags from the library (Undo brings it back)</source>
        <translation>从资料库中删除本文及其标注（可撤销）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="98"/>
        <source>Find in ar&amp;ticle…</source>
        <translation>在本文中查找(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="98"/>
        <source>Find text in the open article</source>
        <translation>在打开的文章中查找文字</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="99"/>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="99"/>
        <source>Go to the next match in the article</source>
        <translation>转到文中的下一处匹配</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="100"/>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="100"/>
        <source>Go to the previous match in the article</source>
        <translation>转到文中的上一处匹配</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="101"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="101"/>
        <source>Close the find bar and clear its highlights</source>
        <translation>关闭查找栏并清除其高亮</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="102"/>
        <source>Search the library</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="102"/>
        <source>Put the cursor in the library&apos;s search box</source>
        <translation>将光标移到资料库的搜索框</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="103"/>
        <source>Go to the article list</source>
        <translation>转到文章列表</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="103"/>
        <source>Move the keyboard focus to the article list</source>
        <translation>把键盘焦点移到文章列表</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="104"/>
        <source>Go to the article text</source>
        <translation>转到正文</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="104"/>
        <source>Move the keyboard focus to the article text</source>
        <translation>把键盘焦点移到文章正文</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="105"/>
        <source>Go to the tags</source>
        <translation>转到标注列表</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="105"/>
        <source>Move the keyboard focus to the list of tags</source>
        <translation>把键盘焦点移到标注列表</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="106"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="106"/>
        <source>Make the article text larger</source>
        <translation>放大正文字号</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="107"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="107"/>
        <source>Make the article text smaller</source>
        <translation>缩小正文字号</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="108"/>
        <source>&amp;Light theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="108"/>
        <source>Dark text on a light background</source>
        <translation>浅色背景、深色文字</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="109"/>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="109"/>
        <source>Light text on a dark background</source>
        <translation>深色背景、浅色文字</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="110"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="110"/>
        <source>List every keyboard shortcut</source>
        <translation>列出所有键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="111"/>
        <source>About &amp;Curator</source>
        <translation>关于 Curator(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="111"/>
        <source>Version and licence</source>
        <translation>版本与许可</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="112"/>
        <source>&amp;Entity browser</source>
        <translation>实体浏览器(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="113"/>
        <source>Every institution and figure in the library: names, mentions, merge and split</source>
        <translation>资料库中的全部机构和人物：名称、标注、合并与拆分</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="114"/>
        <source>Sta&amp;tistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="115"/>
        <source>Articles by status, tags by kind, top entities and each person&apos;s work per day</source>
        <translation>各状态文章数、各类标注数、最常出现的实体和每人每天的工作量</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="116"/>
        <source>&amp;Accept suggestion</source>
        <translation>接受建议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="117"/>
        <source>Tag the current suggestion and go to the next one</source>
        <translation>把当前建议标为标签，并跳到下一条</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="118"/>
        <source>Reject suggestion</source>
        <translation>拒绝建议(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="119"/>
        <source>Never suggest this here again, and go to the next one</source>
        <translation>此处不再建议它，并跳到下一条</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="120"/>
        <source>Next suggestion</source>
        <translation>下一条建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="120"/>
        <source>Go to the next suggestion in the text</source>
        <translation>跳到正文中的下一条建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="121"/>
        <source>Previous suggestion</source>
        <translation>上一条建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="122"/>
        <source>Go to the previous suggestion in the text</source>
        <translation>跳到正文中的上一条建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="123"/>
        <source>Accept all above the &amp;score</source>
        <translation>接受达到分数的全部建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="124"/>
        <source>Accept every suggestion in this article scoring at least the lowest score set under the suggestions</source>
        <translation>接受本文中分数不低于建议列表下方所设最低分的全部建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="126"/>
        <source>Accept this name &amp;everywhere</source>
        <translation>在全库标注此名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="127"/>
        <source>Tag the current suggestion&apos;s name in every article of the library</source>
        <translation>在资料库的每篇文章中标注当前建议的名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="128"/>
        <source>&amp;Learn from the tags now</source>
        <translation>立即从标签学习(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="129"/>
        <source>Retrain the suggestions on every tagged article</source>
        <translation>用所有已标注的文章重新训练建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="130"/>
        <source>Show &amp;suggestions</source>
        <translation>显示建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="130"/>
        <source>Show or hide the names Curator suggests</source>
        <translation>显示或隐藏 Curator 建议的名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="134"/>
        <source>Edit details…</source>
        <translation>编辑文章信息…</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="38"/>
        <source>Assi&amp;gn for blind tagging…</source>
        <translation>分派独立标注(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="39"/>
        <source>Give the selected articles to two editors or more, who tag them blind</source>
        <translation>把所选文章分派给两位或更多编辑各自独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="40"/>
        <source>Take &amp;back from editors…</source>
        <translation>从编辑处收回(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="41"/>
        <source>Take the selected articles back from editors, with what they tagged blind</source>
        <translation>把所选文章从编辑处收回，连同他们的独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="42"/>
        <source>Agreement between &amp;editors…</source>
        <translation>编辑间一致性(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="43"/>
        <source>How the editors who tagged blind agree, and their disagreements to settle</source>
        <translation>独立标注的编辑之间的一致程度，以及待合并的分歧</translation>
    </message>
</context>
<context>
    <name>AgreementTools</name>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="97"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="106"/>
        <source>Select the articles to assign in the list first.</source>
        <translation>请先在列表中选择要分派的文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/agreement/tools.py" line="114"/>
        <source>%n article(s) given to %1 to tag blind.</source>
        <translation>
            <numerusform>已把 %n 篇文章分派给 %1 独立标注。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="115"/>
        <location filename="../../curator/gui/agreement/tools.py" line="133"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="122"/>
        <source>Select the articles to take back in the list first.</source>
        <translation>请先在列表中选择要收回的文章。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/tools.py" line="126"/>
        <source>None of the selected articles is given to editors to tag blind.</source>
        <translation>所选文章都没有分派给编辑独立标注。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/agreement/tools.py" line="132"/>
        <source>%n article(s) taken back from %1.</source>
        <translation>
            <numerusform>已从 %1 处收回 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/agreement/tools.py" line="191"/>
        <source>Settled: %n tag(s) made from the editors&apos; layers.</source>
        <translation>
            <numerusform>已合并：由各编辑的标注生成 %n 个标注。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="106"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="114"/>
        <source>Not compared: %1</source>
        <translation>未能比较：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="117"/>
        <source>%1 article(s) tagged blind, %2 finished by all their editors.</source>
        <translation>独立标注的文章 %1 篇，其中 %2 篇所有编辑均已完成。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="125"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="126"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/agreement/agreement_view.py" line="140"/>
        <source>%n disagreement(s) · %1</source>
        <translation>
            <numerusform>%n 处分歧 · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="147"/>
        <source>Articles to settle: %1</source>
        <translation>待合并文章：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="174"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="174"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="174"/>
        <source>Keep</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="188"/>
        <source>Where they differ: %1 · %2 tag(s) agreed</source>
        <translation>分歧：%1 · 一致的标注 %2 个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="189"/>
        <source>Choose an article to settle.</source>
        <translation>请选择要合并的文章。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="190"/>
        <source>Choose whose version to keep in each row, then settle.</source>
        <translation>逐行选择采用谁的版本，然后合并。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="191"/>
        <source>The editors agree on every tag: settling keeps them.</source>
        <translation>编辑们的标注完全一致：合并即保留这些标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="197"/>
        <source>no tag</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="198"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="202"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="204"/>
        <source>%1&apos;s version</source>
        <translation>%1的版本</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="205"/>
        <source>No tag</source>
        <translation>不标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="233"/>
        <source>Settled “%1”; its tags are in the reader.</source>
        <translation>已合并“%1”，其标注已显示在阅读区。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="238"/>
        <source>Assigned since</source>
        <translation>分派日期自</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="239"/>
        <source>Compare again</source>
        <translation>重新比较</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="240"/>
        <source>Settle</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="241"/>
        <source>Make the article&apos;s tags: those the editors agree on, and the versions chosen here</source>
        <translation>生成文章的标注：编辑们一致的标注，加上此处选定的版本</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="244"/>
        <source>Editors</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="244"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="244"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="244"/>
        <source>Tags</source>
        <translation>标注数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="244"/>
        <source>Agreed</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="245"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="245"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="246"/>
        <source>How many tags each of the two made, in the order named</source>
        <translation>两人各自的标注数，按所列顺序</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="247"/>
        <source>Exact-span F1: the share of tags both made alike</source>
        <translation>精确跨度 F1：双方完全相同的标注所占比例</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="248"/>
        <source>Cohen&apos;s kappa over characters: 1 is full agreement, 0 what chance gives</source>
        <translation>按字符计算的 Cohen’s kappa：1 为完全一致，0 相当于随机一致</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/agreement_view.py" line="254"/>
        <source>Articles to settle</source>
        <translation>待合并文章</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <location filename="../../curator/gui/article_details_dialog.py" line="26"/>
        <source>Article details</source>
        <translation>文章信息</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_details_dialog.py" line="32"/>
        <source>YYYY-MM-DD, or YYYY-MM-DD HH:MM; empty when unknown</source>
        <translation>YYYY-MM-DD 或 YYYY-MM-DD HH:MM；不详则留空</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_details_dialog.py" line="45"/>
        <source>Empty fields are cleared. The text of the article never changes.</source>
        <translation>留空的项会被清除。文章正文不会改动。</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../curator/gui/article_list.py" line="84"/>
        <source>Search titles and text…</source>
        <translation>搜索标题和正文…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_list.py" line="85"/>
        <source>Words in the title or body; separate several words with spaces</source>
        <translation>标题或正文中的词；多个词用空格分隔</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_list.py" line="86"/>
        <source>Show only articles with this status</source>
        <translation>只显示此状态的文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_list.py" line="87"/>
        <source>Show only articles from this source</source>
        <translation>只显示此来源的文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_list.py" line="99"/>
        <source>Articles found: %1</source>
        <translation>找到 %1 篇文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_list.py" line="127"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_list.py" line="138"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_list.py" line="149"/>
        <source>Only the first %1 words are searched.</source>
        <translation>只搜索前 %1 个词。</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../curator/gui/article_table_model.py" line="25"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_table_model.py" line="26"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_table_model.py" line="27"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_table_model.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_table_model.py" line="29"/>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_table_model.py" line="30"/>
        <source>Figures</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../curator/gui/article_table_model.py" line="31"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="89"/>
        <source>Assign for blind tagging</source>
        <translation>分派独立标注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="90"/>
        <source>%n article(s) will be tagged blind: each editor you tick tags them in a layer only they see. Tick two editors or more.</source>
        <translation>
            <numerusform>%n 篇文章将进行独立标注：勾选的每位编辑各自标注，只有本人看得到自己的标注。请勾选两位或更多编辑。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="93"/>
        <source>The library&apos;s members are listed.</source>
        <translation>下面列出的是本标注库的成员。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="95"/>
        <source>Another editor&apos;s user name</source>
        <translation>其他编辑的用户名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="96"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="97"/>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BlindBanner</name>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="53"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="56"/>
        <source>Tagged blind by %1; settled by %2.</source>
        <translation>由 %1 独立标注；已由 %2 合并。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="57"/>
        <source>%1 of %2 editors finished.</source>
        <translation>%2 位编辑中已有 %1 位完成。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="60"/>
        <source>&lt;b&gt;Tagging blind&lt;/b&gt;: you marked your tags done (undo opens them again). %1</source>
        <translation>&lt;b&gt;独立标注&lt;/b&gt;：你已把自己的标注标记为完成（撤销可重新打开）。%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="63"/>
        <source>&lt;b&gt;Tagging blind&lt;/b&gt;: only you see your tags; once every editor has finished, a reviewer settles them. %1</source>
        <translation>&lt;b&gt;独立标注&lt;/b&gt;：你的标注只有你看得到；全部编辑完成后由审核员合并。%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="65"/>
        <source>&lt;b&gt;Tagged blind&lt;/b&gt; by %1: %2 Its own tags come when a reviewer settles theirs.</source>
        <translation>&lt;b&gt;独立标注中&lt;/b&gt;，编辑：%1。%2审核员合并后，文章才有自己的标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="71"/>
        <source>Agreement…</source>
        <translation>一致性…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/blind_banner.py" line="72"/>
        <source>How the editors agree, and their disagreements to settle</source>
        <translation>编辑之间的一致程度，以及待合并的分歧</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../curator/gui/entities/concordance.py" line="41"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/concordance.py" line="41"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/concordance.py" line="41"/>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/concordance.py" line="41"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/concordance.py" line="41"/>
        <source>After</source>
        <translation>后文</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="30"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="39"/>
        <source>no text: the file is blank</source>
        <translation>没有文字：文件是空白的</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="35"/>
        <source>not text: looks like a binary file</source>
        <translation>不是文本：看起来是二进制文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="21"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="20"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="64"/>
        <source>broken link: its target does not exist</source>
        <translation>链接失效：目标不存在</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="63"/>
        <source>link loop: this folder was already read</source>
        <translation>链接循环：该文件夹已读取过</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="31"/>
        <source>cannot read the file: permission denied</source>
        <translation>无法读取文件：没有权限</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="43"/>
        <source>the PDF is password-protected</source>
        <translation>PDF 有密码保护</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="45"/>
        <source>no text in the PDF (a scanned image?)</source>
        <translation>PDF 中没有文字（可能是扫描图片）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="41"/>
        <source>no article text: a few characters and no Chinese</source>
        <translation>没有正文：只有几个字符，且没有中文</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="29"/>
        <source>file too large: {mb:.0f} MB (limit {limit} MB)</source>
        <translation>文件过大：{mb:.0f} MB（上限 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="32"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="33"/>
        <source>cannot decode the text (invalid {encoding})</source>
        <translation>无法识别文字编码（不是有效的 {encoding}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="34"/>
        <source>cannot decode the text (not UTF-8, GB18030 or Big5)</source>
        <translation>无法识别文字编码（不是 UTF-8、GB18030 或 Big5）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="36"/>
        <source>unsupported file type: {suffix}</source>
        <translation>不支持的文件类型：{suffix}</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="37"/>
        <source>unsupported file type: the name has no extension</source>
        <translation>不支持的文件类型：文件名没有扩展名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="38"/>
        <source>cannot read the {format} file ({detail})</source>
        <translation>无法读取 {format} 文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="40"/>
        <source>no article text left after removing page boilerplate</source>
        <translation>去除网页模板内容后没有剩下正文</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="44"/>
        <source>damaged PDF file ({detail})</source>
        <translation>PDF 文件已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="47"/>
        <source>damaged Word file ({detail})</source>
        <translation>Word 文件已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="48"/>
        <source>the Word file unpacks to {mb:,} MB (limit {limit} MB)</source>
        <translation>Word 文件解压后为 {mb:,} MB（上限 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="49"/>
        <source>part {part} of the Word file unpacks to {mb:,} MB (limit {limit} MB)</source>
        <translation>Word 文件的部件 {part} 解压后为 {mb:,} MB（上限 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="51"/>
        <source>part {part} of the Word file is compressed {ratio:,} to 1 (a zip bomb?)</source>
        <translation>Word 文件的部件 {part} 压缩比为 {ratio:,} 比 1（疑似压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="53"/>
        <source>front matter too long ({chars:,} characters; at most {limit:,})</source>
        <translation>前置元数据过长（{chars:,} 个字符，上限 {limit:,}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="57"/>
        <source>invalid front matter</source>
        <translation>文件头信息（front matter）格式错误</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="70"/>
        <source>the library&apos;s server cannot be reached ({detail}); nothing was changed, try again</source>
        <translation>无法连接资料库的服务器（{detail}）；未做任何更改，请重试</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="81"/>
        <source>there is no library at {location}</source>
        <translation>{location} 处没有资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="82"/>
        <source>{location} already holds a library; copy into a new or empty one (nothing was copied)</source>
        <translation>{location} 已有资料库；请复制到新的或空的资料库（未复制任何内容）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="84"/>
        <source>the copy did not read back the same in {tables}; nothing was copied</source>
        <translation>副本的 {tables} 读回后与原库不一致；未复制任何内容</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="97"/>
        <source>the article still has {count} rejected tag(s): fix or remove them first</source>
        <translation>文章还有 {count} 个被驳回的标注：请先修改或删除</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="101"/>
        <source>cannot undo or redo “{action}”: it was recorded by a newer Curator</source>
        <translation>无法撤销或重做“{action}”：它由更新版本的 Curator 记录</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="102"/>
        <source>{user} changed this article a moment ago: {what}; your change was not saved</source>
        <translation>{user} 刚刚修改了这篇文章：{what}；您的修改未保存</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="104"/>
        <source>cannot undo your change to article {article_id}: {user} has changed what it changed since</source>
        <translation>无法撤销您对文章 {article_id} 的修改：{user} 之后又改动了同一处</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="106"/>
        <source>cannot redo your change to article {article_id}: {user} has changed the article since</source>
        <translation>无法重做您对文章 {article_id} 的修改：{user} 之后修改了这篇文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="108"/>
        <source>search text too long ({chars:,} characters; at most {limit})</source>
        <translation>搜索内容过长（{chars:,} 个字符，上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="109"/>
        <source>too many search words ({words:,}; at most {limit})</source>
        <translation>搜索词过多（{words:,} 个，上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="111"/>
        <source>no such folder: {folder}</source>
        <translation>文件夹不存在：{folder}</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="112"/>
        <source>{name}: not a tagged file (JSONL or CoNLL expected)</source>
        <translation>{name}：不是标注文件（应为 JSONL 或 CoNLL）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="113"/>
        <source>line {line}: not a doccano record ({detail})</source>
        <translation>第 {line} 行：不是 doccano 记录（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="114"/>
        <source>line {line}: unknown label {label!r} (ORG or PER)</source>
        <translation>第 {line} 行：未知标签 {label!r}（应为 ORG 或 PER）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="115"/>
        <source>line {line}: unknown tag {tag!r}</source>
        <translation>第 {line} 行：未知标记 {tag!r}</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="116"/>
        <source>line {line}: {token!r} is neither one character nor a U+XXXX placeholder</source>
        <translation>第 {line} 行：{token!r} 既不是单个字符，也不是 U+XXXX 占位符</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="118"/>
        <source>“{text}” is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)</source>
        <translation>“{text}”不是日期（YYYY-MM-DD 或 YYYY-MM-DD HH:MM）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="119"/>
        <source>an article needs a title</source>
        <translation>文章必须有标题</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="120"/>
        <source>entity {entity_id} no longer exists</source>
        <translation>实体 {entity_id} 已不存在</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="121"/>
        <source>this alias proposal was already decided</source>
        <translation>这条别名建议已处理过</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="122"/>
        <source>an entity cannot be merged into itself</source>
        <translation>实体不能与自身合并</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="123"/>
        <source>an institution and a figure cannot be merged</source>
        <translation>机构和人物不能合并</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="124"/>
        <source>{entity} belongs to {other}: change its parent first</source>
        <translation>{entity} 隶属于 {other}：请先更改其上级</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="125"/>
        <source>a chosen mention does not belong to this entity</source>
        <translation>所选标注有的不属于这个实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="126"/>
        <source>“{name}” is already the name of another entity; merge them instead</source>
        <translation>“{name}”已是另一个实体的名称；请改为合并两者</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="127"/>
        <source>a name cannot be blank</source>
        <translation>名称不能为空</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="128"/>
        <source>the entity is already called “{name}”</source>
        <translation>该实体已叫“{name}”</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="129"/>
        <source>only an institution has a parent, and the parent is an institution</source>
        <translation>只有机构才有上级，上级也须是机构</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="130"/>
        <source>{parent} belongs to {entity}: it cannot be its parent</source>
        <translation>{parent} 隶属于 {entity}：不能设为其上级</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="131"/>
        <source>only a reviewer may assign articles to be tagged blind</source>
        <translation>只有审核员可以分派独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="132"/>
        <source>only a reviewer may settle the editors&apos; disagreements</source>
        <translation>只有审核员可以合并编辑之间的分歧</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="133"/>
        <source>article {article_id} is done and waits for review; reopen it before giving it to editors to tag blind</source>
        <translation>文章 {article_id} 已完成，正等待审核；请先重新打开，再分配给编辑独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="135"/>
        <source>article {article_id} has tags a reviewer judged; only an article whose tags nobody reviewed is tagged blind</source>
        <translation>文章 {article_id} 已有经审核的标注；只有标注尚未审核的文章才能独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="137"/>
        <source>article {article_id} needs two editors or more to tag it blind, so that their tags can be compared</source>
        <translation>文章 {article_id} 需要两位或更多编辑独立标注，才能比较他们的标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="139"/>
        <source>article {article_id} is not given to {user} to tag blind</source>
        <translation>文章 {article_id} 没有分派给 {user} 独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="140"/>
        <source>article {article_id} was not given to editors to tag blind</source>
        <translation>文章 {article_id} 没有分派给编辑独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="141"/>
        <source>you marked your blind tags of article {article_id} done; undo that (Ctrl+Z) to change them</source>
        <translation>你已把文章 {article_id} 的独立标注标记为完成；要修改请先撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="143"/>
        <source>{users} have not finished tagging article {article_id}</source>
        <translation>{users} 尚未完成文章 {article_id} 的标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="144"/>
        <source>article {article_id} was settled by {user}; its blind tags no longer change</source>
        <translation>文章 {article_id} 已由 {user} 合并，其独立标注不再更改</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="146"/>
        <source>article {article_id} has no disagreement {number}</source>
        <translation>文章 {article_id} 没有第 {number} 处分歧</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="147"/>
        <source>{user} did not tag article {article_id} blind</source>
        <translation>{user} 没有独立标注文章 {article_id}</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="148"/>
        <source>disagreement {number} of article {article_id} has no choice: say whose tags to keep there, or none</source>
        <translation>文章 {article_id} 的第 {number} 处分歧尚未选择：请指定采用谁的标注，或不标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="150"/>
        <source>{user} is not a member of this library; an admin adds members</source>
        <translation>{user} 不是本文库的成员；成员由管理员添加</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="151"/>
        <source>only an admin may grant or revoke roles</source>
        <translation>只有管理员可以授予或撤销角色</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="152"/>
        <source>{user} is the library&apos;s last admin; make someone else admin first</source>
        <translation>{user} 是本文库最后一位管理员；请先让其他人成为管理员</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="153"/>
        <source>“{role}” is not a role (editor, reviewer or admin)</source>
        <translation>“{role}”不是角色（编辑、审核或管理员）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="154"/>
        <source>you are connected to this library&apos;s server as {login}, and act as {login}, not as {user}</source>
        <translation>你以 {login} 的身份连接到本资料库的服务器，只能以 {login} 的身份操作，不能以 {user} 的身份操作</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="156"/>
        <source>the training process ended unexpectedly (exit code {code})</source>
        <translation>训练进程意外结束（退出码 {code}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="161"/>
        <source>the system could not read or write a file ({detail})</source>
        <translation>系统无法读写文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="162"/>
        <source>unexpected problem ({detail})</source>
        <translation>意外问题（{detail}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/core_messages.py" line="182"/>
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>添加了 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/core_messages.py" line="183"/>
        <source>%n tag(s) removed</source>
        <translation>
            <numerusform>删除了 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/core_messages.py" line="184"/>
        <source>%n tag(s) changed</source>
        <translation>
            <numerusform>更改了 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/core_messages.py" line="186"/>
        <source>%n suggestion(s) rejected</source>
        <translation>
            <numerusform>拒绝了 %n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="188"/>
        <source>status now “%1”</source>
        <translation>状态改为“%1”</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="190"/>
        <source>details edited</source>
        <translation>修改了文章信息</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="191"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="191"/>
        <source>other changes</source>
        <translation>其他修改</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="55"/>
        <source>the front matter uses YAML aliases, which are not accepted</source>
        <translation>前置元数据使用了 YAML 别名，不予接受</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="87"/>
        <source>this tag no longer exists</source>
        <translation>该标注已不存在</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="22"/>
        <source>the article is approved; a reviewer must reopen it before it changes</source>
        <translation>文章已审核通过；需审核人重新打开后才能修改</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="58"/>
        <source>front matter field {field!r} too long ({chars:,} characters)</source>
        <translation>前置元数据字段 {field!r} 过长（{chars:,} 个字符）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="60"/>
        <source>cannot read the web page ({detail})</source>
        <translation>无法读取网页（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="62"/>
        <source>cannot read the folder: {reason}</source>
        <translation>无法读取文件夹：{reason}</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="65"/>
        <source>could not read the file ({kind}: {detail})</source>
        <translation>无法读取文件（{kind}：{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="68"/>
        <source>the library could not be read or written ({detail})</source>
        <translation>无法读写资料库（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="72"/>
        <source>another program kept the library busy for {minutes} minutes; nothing was changed</source>
        <translation>另一个程序占用资料库已达 {minutes} 分钟；没有做任何改动</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="74"/>
        <source>cannot open the library {location} ({detail})</source>
        <translation>无法打开资料库 {location}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="75"/>
        <source>{path} is not a Curator library ({detail}); it was left untouched</source>
        <translation>{path} 不是 Curator 资料库（{detail}）；未作任何改动</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="77"/>
        <source>{path} is not a Curator library (it holds other tables); it was left untouched</source>
        <translation>{path} 不是 Curator 资料库（其中有其他数据表）；未作任何改动</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="79"/>
        <source>{path} was made by a newer Curator (schema {schema}); please upgrade Curator</source>
        <translation>{path} 由更新版本的 Curator 创建（架构 {schema}）；请升级 Curator</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="86"/>
        <source>article {article_id} no longer exists</source>
        <translation>文章 {article_id} 已不存在</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="89"/>
        <source>the selection is outside the article</source>
        <translation>所选范围超出文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="90"/>
        <source>cannot tag blank text</source>
        <translation>不能标注空白文字</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="69"/>
        <source>the library is busy in another program; try again</source>
        <translation>资料库正被其他程序占用；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="66"/>
        <source>the library is read-only (its file or folder cannot be written); nothing was changed</source>
        <translation>资料库是只读的（其文件或文件夹不可写入）；未作任何改动</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="42"/>
        <source>PDF support is not installed (pypdf)</source>
        <translation>未安装 PDF 支持（pypdf）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="46"/>
        <source>Word support is not installed (python-docx)</source>
        <translation>未安装 Word 支持（python-docx）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="23"/>
        <source>only a reviewer may do this</source>
        <translation>只有审核员可以执行此操作</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="91"/>
        <source>“{surface}” overlaps the tag “{other}”; remove that tag first</source>
        <translation>“{surface}”与标注“{other}”重叠；请先删除该标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="94"/>
        <source>an article cannot go from “{current}” to “{target}”</source>
        <translation>文章不能从“{current}”改为“{target}”</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="95"/>
        <source>a note goes with a reviewer&apos;s verdict (approve, request changes, reopen)</source>
        <translation>备注须随审核结论一起提交（通过、要求修改、重新打开）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/core_messages.py" line="110"/>
        <source>export cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>EntityActions</name>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="46"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="46"/>
        <source>Show the entity&apos;s names, mentions and company</source>
        <translation>显示该实体的名称、标注及共现实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="47"/>
        <source>Open in the entity browser</source>
        <translation>在实体浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="47"/>
        <source>Every mention of this entity in the library</source>
        <translation>该实体在资料库中的全部标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="48"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="48"/>
        <source>Go back to the entity open before</source>
        <translation>回到之前打开的实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="49"/>
        <source>Rename entity…</source>
        <translation>重命名实体…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="50"/>
        <source>Rename the entity everywhere in the library; the old name stays an alias</source>
        <translation>在整个资料库中重命名该实体；旧名称保留为别名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="51"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="51"/>
        <source>Make the selected entities one: choose the one to keep</source>
        <translation>把选中的实体合并为一个：选择保留哪一个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="52"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="52"/>
        <source>Make this entity another name of an entity you choose</source>
        <translation>把该实体变为所选实体的另一个名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="53"/>
        <source>Split off…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="54"/>
        <source>Move the mentions chosen in the concordance to a new entity</source>
        <translation>把在上下文列表中选中的标注移到一个新实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="55"/>
        <source>Set parent…</source>
        <translation>设置上级…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="55"/>
        <source>Put the institution under another (a branch under its bank)</source>
        <translation>把该机构归到另一机构之下（如分行归到其银行）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="56"/>
        <source>Open the article here</source>
        <translation>在此处打开文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="56"/>
        <source>Open the article at this mention</source>
        <translation>打开文章并定位到这条标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="57"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="57"/>
        <source>The name is another name of that institution: merge them</source>
        <translation>该名称是那个机构的另一个名称：合并两者</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="58"/>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="58"/>
        <source>Not the same institution: never propose it again</source>
        <translation>不是同一机构：不再提出此建议</translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <location filename="../../curator/gui/entities/browser.py" line="241"/>
        <source>Entities — Curator</source>
        <translation>实体 — Curator</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/browser.py" line="242"/>
        <source>Entity commands</source>
        <translation>实体命令</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/browser.py" line="249"/>
        <source>Institutions and figures</source>
        <translation>机构和人物</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/browser.py" line="251"/>
        <source>Alias proposals</source>
        <translation>别名建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/browser.py" line="252"/>
        <source>Alias proposals (%1)</source>
        <translation>别名建议（%1）</translation>
    </message>
</context>
<context>
    <name>EntityCommands</name>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="80"/>
        <location filename="../../curator/gui/entities/entity_actions.py" line="92"/>
        <location filename="../../curator/gui/entities/entity_actions.py" line="121"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="83"/>
        <source>Ctrl+Alt+Z undoes it.</source>
        <translation>按 Ctrl+Alt+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="89"/>
        <source>Select two or more entities in the list to merge them.</source>
        <translation>请在列表中选择两个或更多实体再合并。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="95"/>
        <source>Merge entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="95"/>
        <source>Keep this one; the others become its names:</source>
        <translation>保留这一个，其余成为它的名称：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="100"/>
        <source>Merge “%1” into</source>
        <translation>把“%1”合并到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/entities/entity_actions.py" line="105"/>
        <source>Merged %n entity(ies).</source>
        <translation>
            <numerusform>已合并 %n 个实体。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="112"/>
        <source>New name (“%1” stays an alias):</source>
        <translation>新名称（“%1”保留为别名）：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="113"/>
        <source>Rename entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="117"/>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已把“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="123"/>
        <source>Parent of “%1”</source>
        <translation>“%1”的上级</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="125"/>
        <source>(none: not part of another institution)</source>
        <translation>（无：不隶属于其他机构）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="129"/>
        <source>Parent set.</source>
        <translation>已设置上级。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="133"/>
        <source>Select the mentions to split off in the concordance first.</source>
        <translation>请先在上下文列表中选中要拆分的标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="135"/>
        <source>Split off</source>
        <translation>拆分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/entities/entity_actions.py" line="135"/>
        <source>Name of the new entity for %n mention(s):</source>
        <translation>
            <numerusform>这 %n 条标注所属新实体的名称：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/entities/entity_actions.py" line="142"/>
        <source>Split off %n mention(s) as “%1”.</source>
        <translation>
            <numerusform>已把 %n 条标注拆分为“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="146"/>
        <source>Choose a proposal in the list first.</source>
        <translation>请先在列表中选择一条建议。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="148"/>
        <source>“%1” is now a name of “%2”.</source>
        <translation>“%1”现在是“%2”的名称。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_actions.py" line="148"/>
        <source>“%1” and “%2” stay apart.</source>
        <translation>“%1”和“%2”保持为不同实体。</translation>
    </message>
</context>
<context>
    <name>EntityList</name>
    <message>
        <location filename="../../curator/gui/entities/entity_list.py" line="83"/>
        <source>Filter by name or alias (简 or 繁)</source>
        <translation>按名称或别名筛选（简体或繁体）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_list.py" line="84"/>
        <source>Shows the entities one of whose names holds this text, in either script</source>
        <translation>显示任一名称包含此文字的实体，简繁通用</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_list.py" line="85"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_list.py" line="88"/>
        <source>Double-click or press Enter to open an entity; select several to merge them</source>
        <translation>双击或按回车打开实体；选中多个可合并</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_list.py" line="99"/>
        <source>Entities: %1</source>
        <translation>实体：%1 个</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="75"/>
        <source>Double-click an entity in the list, or select it and press Enter, to open it here.</source>
        <translation>在列表中双击实体，或选中后按回车，即可在此打开。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="76"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="77"/>
        <source>The entities named in the same articles, most articles first; click one to open it</source>
        <translation>在同一批文章中出现的实体，共现文章最多的在前；点击即可打开</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="78"/>
        <source>Double-click a line to open the article at that mention; select several to split them off</source>
        <translation>双击一行可打开文章并定位到该标注；选中多行可拆分出去</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="122"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="124"/>
        <source>Mentions: %1 · Articles: %2</source>
        <translation>标注：%1 · 文章：%2 篇</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="127"/>
        <source>Also written: %1</source>
        <translation>别名：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="127"/>
        <source>No other names.</source>
        <translation>没有其他名称。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="130"/>
        <source>Concordance (%1)</source>
        <translation>上下文（%1）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="131"/>
        <source>Mentions by year</source>
        <translation>每年标注数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="131"/>
        <source>Mentions by month</source>
        <translation>每月标注数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="132"/>
        <source>Named with it</source>
        <translation>共现实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="137"/>
        <source>Part of: %1</source>
        <translation>上级：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_page.py" line="140"/>
        <source>Branches: %1</source>
        <translation>下级：%1</translation>
    </message>
</context>
<context>
    <name>EntityPicker</name>
    <message>
        <location filename="../../curator/gui/entities/dialogs.py" line="59"/>
        <source>Filter by name (简 or 繁)</source>
        <translation>按名称筛选（简体或繁体）</translation>
    </message>
</context>
<context>
    <name>EntityQuestions</name>
    <message numerus="yes">
        <location filename="../../curator/gui/entities/dialogs.py" line="19"/>
        <source>%1 (%2, %n mention(s))</source>
        <translation>
            <numerusform>%1（%2，%n 条标注）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../curator/gui/entities/entity_table_model.py" line="70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_table_model.py" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_table_model.py" line="70"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_table_model.py" line="70"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_table_model.py" line="70"/>
        <source>Mentions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_table_model.py" line="71"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/entity_table_model.py" line="71"/>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../curator/gui/error_hook.py" line="39"/>
        <source>Something went wrong: %1
Everything you did before is saved. Details are in %2.</source>
        <translation>出现意外错误：%1
此前的所有操作都已保存。详细信息见 %2。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/error_hook.py" line="45"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="184"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="184"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="204"/>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="204"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="206"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="206"/>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="208"/>
        <source>Mentions</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="208"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="209"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="211"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="212"/>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/export_dialog.py" line="214"/>
        <source>%n article(s) without a date left out; tick “and undated articles” to export them too.</source>
        <translation>
            <numerusform>有 %n 篇文章没有日期，未导出；勾选“及无日期的文章”即可一并导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="38"/>
        <location filename="../../curator/gui/export_dialog.py" line="80"/>
        <location filename="../../curator/gui/export_dialog.py" line="149"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="40"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="40"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="41"/>
        <source>JSONL, articles with spans</source>
        <translation>JSONL（文章及标注位置）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="41"/>
        <source>CoNLL (BIO)</source>
        <translation>CoNLL（BIO 标记）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="44"/>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>带 BOM 的 UTF-8（供 Excel 打开）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="46"/>
        <source>Excel needs the byte-order mark to read Chinese; other tools may not want it</source>
        <translation>Excel 需要字节顺序标记（BOM）才能正确读取中文；其他工具可能不需要</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="48"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="52"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="55"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="56"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="61"/>
        <source>and undated articles</source>
        <translation>及无日期的文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="62"/>
        <source>Also export the articles that have no date</source>
        <translation>把没有日期的文章也一并导出</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="74"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="84"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="85"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="88"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="89"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="90"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="106"/>
        <source>Mentions</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="106"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="107"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="107"/>
        <source>Affiliations</source>
        <translation>任职关系</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="111"/>
        <source>Mentions, articles, entities and affiliations (four sheets)</source>
        <translation>标注、文章、实体和任职关系（四个工作表）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="113"/>
        <source>Articles with their tagged spans</source>
        <translation>文章及其标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="130"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../curator/gui/export_dialog.py" line="149"/>
        <source>Choose a file in an existing folder.</source>
        <translation>请选择已有文件夹中的文件。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../curator/gui/find_bar.py" line="42"/>
        <source>Find in this article</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../../curator/gui/find_bar.py" line="61"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/find_bar.py" line="63"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="19"/>
        <source>Tagged</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="20"/>
        <source>Tag removed</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="21"/>
        <source>Kind changed</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="22"/>
        <source>Suggestion accepted</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="23"/>
        <source>Suggestion rejected</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="24"/>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="25"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="26"/>
        <source>Article deleted</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="27"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="28"/>
        <source>Details edited</source>
        <translation>修改文章信息</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="29"/>
        <source>Assigned to tag blind</source>
        <translation>分派独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="30"/>
        <source>Taken back from an editor</source>
        <translation>收回独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="31"/>
        <source>Tagged blind</source>
        <translation>独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="32"/>
        <source>Blind tag removed</source>
        <translation>删除独立标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="33"/>
        <source>Blind tag&apos;s kind changed</source>
        <translation>更改独立标注类型</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="34"/>
        <source>Blind tags done</source>
        <translation>独立标注完成</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="35"/>
        <source>Settled</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="36"/>
        <source>Tag settled</source>
        <translation>合并标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="55"/>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="56"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="57"/>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="101"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/history_panel.py" line="106"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="133"/>
        <source>%1 (undone)</source>
        <translation>%1（已撤销）</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="197"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="197"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="197"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../curator/gui/history_panel.py" line="197"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="106"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="107"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="112"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="121"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="121"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="122"/>
        <source>Importing %1 of %2 files…</source>
        <translation>正在导入第 %1 个文件，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="133"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="134"/>
        <source>The import stopped: %1</source>
        <translation>导入中止：%1</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="27"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="28"/>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="29"/>
        <source>Duplicates skipped: %1</source>
        <translation>跳过重复：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="30"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="32"/>
        <source>The import was cancelled; what was imported before is kept.</source>
        <translation>导入已取消；取消前导入的文章已保留。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="50"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
</context>
<context>
    <name>IndexingIndicator</name>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="72"/>
        <source>Indexing for search: %1 of %2 articles</source>
        <translation>正在建立搜索索引：%1 / %2 篇</translation>
    </message>
    <message>
        <location filename="../../curator/gui/import_dialog.py" line="73"/>
        <source>Until an article is indexed, the search finds it by reading it, more slowly</source>
        <translation>文章编入索引之前，搜索会逐篇读取全文查找，速度较慢</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../curator/gui/labels.py" line="13"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="15"/>
        <source>Figure</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="22"/>
        <source>It looks like a clause, not a name.</source>
        <translation>看起来像一个句子，不像名称。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="24"/>
        <source>It is a generic word, not a name.</source>
        <translation>这是一个泛称，不是名称。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="26"/>
        <source>A person&apos;s name has 2 to 4 Chinese characters, or a middle dot (·).</source>
        <translation>人名通常为 2 至 4 个汉字，或带间隔号（·）。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="27"/>
        <source>It is too short or too long for the name of an institution.</source>
        <translation>作为机构名称太短或太长。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="32"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="33"/>
        <source>In progress</source>
        <translation>标注中</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="34"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="35"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="36"/>
        <source>Changes requested</source>
        <translation>需修改</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="44"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="45"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="46"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="47"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="48"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="63"/>
        <source>short form</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/labels.py" line="64"/>
        <source>the name without its place</source>
        <translation>省去地名</translation>
    </message>
</context>
<context>
    <name>LibraryCounts</name>
    <message>
        <location filename="../../curator/gui/library_counts.py" line="39"/>
        <source>Articles: %1</source>
        <translation>文章：%1 篇</translation>
    </message>
</context>
<context>
    <name>LibraryDialogs</name>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="25"/>
        <source>The library is in use by another program. Close it there, or open another library.</source>
        <translation>资料库正被另一个程序使用。请先在那里关闭，或打开另一个资料库。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="21"/>
        <source>The file is not a Curator library, or it is damaged.</source>
        <translation>该文件不是 Curator 资料库，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="29"/>
        <source>The file cannot be opened: check that the folder exists and that you may write to it.</source>
        <translation>无法打开该文件：请确认文件夹存在且你有写入权限。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="30"/>
        <source>The library cannot be opened.</source>
        <translation>无法打开资料库。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="35"/>
        <source>The server asks for this user&apos;s password, or the password is wrong.</source>
        <translation>服务器要求输入该用户的密码，或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="36"/>
        <source>The server has no such database: check its name.</source>
        <translation>服务器上没有这个数据库：请检查数据库名称。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="37"/>
        <source>The server knows no such user: check the name.</source>
        <translation>服务器上没有这个用户：请检查用户名。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="38"/>
        <location filename="../../curator/gui/library_dialogs.py" line="39"/>
        <source>The server does not let this user open the database.</source>
        <translation>服务器不允许该用户打开这个数据库。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="40"/>
        <source>The server cannot be reached: check the host and the port, and that it is running.</source>
        <translation>无法连接服务器：请检查服务器地址和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="49"/>
        <source>The database holds other tables: it is not a Curator library.</source>
        <translation>该数据库含有其他表，不是 Curator 资料库。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="53"/>
        <source>The library on the server cannot be opened.</source>
        <translation>无法打开服务器上的资料库。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="67"/>
        <source>Cannot open the library</source>
        <translation>无法打开资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="71"/>
        <source>Open another library…</source>
        <translation>打开另一个资料库…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="72"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="78"/>
        <source>Open library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="78"/>
        <source>Curator library (*.db);;All files (*)</source>
        <translation>Curator 资料库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="86"/>
        <source>Password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="87"/>
        <source>Shared library</source>
        <translation>共享资料库</translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message>
        <location filename="../../curator/gui/library_undo.py" line="38"/>
        <location filename="../../curator/gui/library_undo.py" line="45"/>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_undo.py" line="38"/>
        <source>Nothing to undo in the library.</source>
        <translation>全库中没有可撤销的改动。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_undo.py" line="41"/>
        <source>Redoing…</source>
        <translation>正在重做…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_undo.py" line="41"/>
        <source>Nothing to redo in the library.</source>
        <translation>全库中没有可重做的改动。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_undo.py" line="46"/>
        <source>Changes were made after this import: undo them first.</source>
        <translation>这次导入之后已有其他改动，请先撤销那些改动。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_undo.py" line="51"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_undo.py" line="60"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>LibraryWait</name>
    <message>
        <location filename="../../curator/gui/library_wait.py" line="43"/>
        <source>Waiting for the library: another program is writing to it…</source>
        <translation>正在等待资料库：另一个程序正在写入……</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../curator/gui/worker.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../curator/gui/worker.py" line="123"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../curator/gui/main_window.py" line="215"/>
        <source>Deleted “%1”. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除“%1”。撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/questions.py" line="23"/>
        <source>Delete “%1” and its %n tag(s) from the library?</source>
        <translation>
            <numerusform>从资料库中删除“%1”及其 %n 个标注？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/questions.py" line="25"/>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/questions.py" line="31"/>
        <source>Tag “%1” as %2?</source>
        <translation>将“%1”标注为%2？</translation>
    </message>
    <message>
        <location filename="../../curator/gui/questions.py" line="33"/>
        <source>Curator will not propose it in other articles.</source>
        <translation>Curator 不会在其他文章中推荐它。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/questions.py" line="34"/>
        <source>Not a name?</source>
        <translation>不是名称？</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="226"/>
        <source>The article is back, with its tags.</source>
        <translation>文章及其标注已恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/main_window.py" line="250"/>
        <source>%n article(s) removed.</source>
        <translation>
            <numerusform>已移除 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="252"/>
        <source>Undone in the entity registry.</source>
        <translation>已在实体库中撤销。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="253"/>
        <source>Redone in the entity registry.</source>
        <translation>已在实体库中重做。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="256"/>
        <source>Changed in article %1.</source>
        <translation>已在文章 %1 中改动。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="274"/>
        <source>Open library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="275"/>
        <source>Curator library (*.db);;All files (*)</source>
        <translation>Curator 资料库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="336"/>
        <source>About Curator</source>
        <translation>关于 Curator</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="337"/>
        <source>&lt;h3&gt;Curator %1&lt;/h3&gt;&lt;p&gt;Tag institutions (机构) and figures (人物) in Chinese news articles, review the tags and export them.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Curator %1&lt;/h3&gt;&lt;p&gt;在中文新闻中标注机构和人物，审核标注并导出。&lt;/p&gt;&lt;p&gt;资料库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="351"/>
        <source>Curator — annotation workbench</source>
        <translation>Curator — 标注工作台</translation>
    </message>
    <message>
        <location filename="../../curator/gui/main_window.py" line="357"/>
        <source>Opening the library…</source>
        <translation>正在打开资料库…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../curator/gui/menus.py" line="26"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/menus.py" line="27"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/menus.py" line="28"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/menus.py" line="29"/>
        <source>&amp;Suggestions</source>
        <translation>建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/menus.py" line="30"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/menus.py" line="31"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../curator/gui/entities/month_chart.py" line="58"/>
        <source>No mention is in a dated article.</source>
        <translation>没有标注出现在有日期的文章中。</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <location filename="../../curator/gui/entities/proposals.py" line="47"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/proposals.py" line="47"/>
        <source>May be</source>
        <translation>可能是</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/proposals.py" line="47"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../curator/gui/entities/proposals.py" line="48"/>
        <source>Names that may be another name of an institution. Confirming makes the first an alias of the second; dismissing keeps them apart for good.</source>
        <translation>可能是某机构另一个名称的名字。确认后前者成为后者的别名；驳回后两者永久分开。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../curator/gui/i18n.py" line="14"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../curator/gui/i18n.py" line="15"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/i18n.py" line="16"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/i18n.py" line="17"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../curator/gui/i18n.py" line="18"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/i18n.py" line="19"/>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../curator/gui/i18n.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/i18n.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../curator/gui/reader_view.py" line="121"/>
        <source>Pick an article in the list, or import files with File → Import (Ctrl+O) or by dragging them here.</source>
        <translation>在左侧列表中选择一篇文章；或通过“文件 → 导入文件”（Ctrl+O）导入，也可以把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/reader_view.py" line="168"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../curator/gui/reader_view.py" line="326"/>
        <source>Tagged by %1</source>
        <translation>标注人：%1</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="34"/>
        <source>&amp;Reviewer mode</source>
        <translation>审核模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="34"/>
        <source>Show the review queue and the review commands</source>
        <translation>显示审核队列和审核命令</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="35"/>
        <source>Approve tag</source>
        <translation>通过标注(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="35"/>
        <source>Approve the current tag and go to the next one</source>
        <translation>通过当前标注并转到下一个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="36"/>
        <source>Reject tag…</source>
        <translation>驳回标注(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="37"/>
        <source>Reject the current tag, with an optional comment for its editor</source>
        <translation>驳回当前标注，可给编辑留下批注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="38"/>
        <source>&amp;Jump to the next tag to review</source>
        <translation>跳到下一个待审标注(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="38"/>
        <source>Go to the next tag without a verdict</source>
        <translation>转到下一个尚未审核的标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="39"/>
        <source>Approve all &amp;remaining tags</source>
        <translation>通过其余全部标注(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="40"/>
        <source>Approve every tag of this article that has no verdict yet</source>
        <translation>通过本文中所有尚未审核的标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="41"/>
        <source>Appro&amp;ve article</source>
        <translation>通过文章(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="42"/>
        <source>Approve the article and its remaining tags; it becomes read-only</source>
        <translation>通过文章及其余标注；文章随即变为只读</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="43"/>
        <source>Request &amp;changes…</source>
        <translation>要求修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="44"/>
        <source>Send the article back to its editor with a note</source>
        <translation>附上说明，把文章退回给编辑</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="45"/>
        <source>Re&amp;open article…</source>
        <translation>重新打开文章(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="45"/>
        <source>Make an approved article editable again</source>
        <translation>让已通过的文章可以再次编辑</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="46"/>
        <source>Re&amp;view panel</source>
        <translation>审核面板(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="47"/>
        <source>Show the review of this article: its status, verdicts and the reviewer&apos;s note</source>
        <translation>显示本文的审核情况：状态、审核结论和审核人的备注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="48"/>
        <source>Article &amp;history</source>
        <translation>文章历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="48"/>
        <source>Show every change to this article</source>
        <translation>显示本文的全部修改记录</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="49"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="49"/>
        <source>Export mentions, articles or entities</source>
        <translation>导出标注、文章或实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="50"/>
        <source>Import &amp;tagged file…</source>
        <translation>导入已标注文件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="51"/>
        <source>Import articles with their tags from a JSONL or CoNLL file</source>
        <translation>从 JSONL 或 CoNLL 文件导入文章及其标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_actions.py" line="56"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="61"/>
        <source>Every tag in this article has a verdict.</source>
        <translation>本文所有标注都已审核。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="77"/>
        <source>Open an article first.</source>
        <translation>请先打开一篇文章。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="80"/>
        <source>You tag this article blind: review it once its editors&apos; tags are settled.</source>
        <translation>你正在独立标注这篇文章：请在编辑们的标注合并后再审核。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="91"/>
        <source>Only a reviewer can do this; choose the Reviewer role in Settings.</source>
        <translation>只有审核员可以这样做；请在设置中把角色改为审核。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="96"/>
        <source>This article is approved; reopen it before changing verdicts.</source>
        <translation>本文已通过；要更改审核结果，请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="108"/>
        <source>Reject tag</source>
        <translation>驳回标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="108"/>
        <source>Comment for the editor (optional):</source>
        <translation>给编辑的批注（可不填）：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="116"/>
        <source>No tag to review: click a tag first.</source>
        <translation>没有可审核的标注：请先点击一个标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="135"/>
        <source>Tags approved: %1</source>
        <translation>已通过标注：%1 个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="142"/>
        <source>This article has rejected tags: request changes, or approve or remove them first.</source>
        <translation>本文有被驳回的标注：请要求修改，或先通过或删除这些标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="146"/>
        <source>Only an article marked done can be approved.</source>
        <translation>只有标记为完成的文章才能通过。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="152"/>
        <source>Article approved.</source>
        <translation>文章已通过。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="159"/>
        <source>Only an article marked done can be sent back.</source>
        <translation>只有标记为完成的文章才能退回。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="161"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="161"/>
        <source>Note for the editor:</source>
        <translation>给编辑的说明：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="168"/>
        <source>Sent back to the editor.</source>
        <translation>已退回给编辑。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="174"/>
        <source>Only an approved article needs reopening.</source>
        <translation>只有已通过的文章需要重新打开。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="176"/>
        <source>Reopen article</source>
        <translation>重新打开文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="176"/>
        <source>Why it is reopened (optional):</source>
        <translation>重新打开的原因（可不填）：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_controller.py" line="184"/>
        <source>Article reopened; it can be edited again.</source>
        <translation>文章已重新打开，可以再次编辑。</translation>
    </message>
</context>
<context>
    <name>ReviewMarks</name>
    <message>
        <location filename="../../curator/gui/review_marks.py" line="32"/>
        <source>Approved by %1</source>
        <translation>审核通过：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_marks.py" line="35"/>
        <source>Rejected by %1</source>
        <translation>被驳回：%1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="79"/>
        <location filename="../../curator/gui/review_panel.py" line="120"/>
        <source>Review queue: %1 articles</source>
        <translation>审核队列：%1 篇</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="88"/>
        <source>No article open.</source>
        <translation>没有打开文章。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="89"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="91"/>
        <source>Approved by %1 at %2.</source>
        <translation>%1 于 %2 审核通过。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="93"/>
        <source>Read-only: a reviewer must reopen it before it changes.</source>
        <translation>只读：须由审核员重新打开后才能修改。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="95"/>
        <source>Changes requested by %1 at %2.</source>
        <translation>%1 于 %2 要求修改。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="99"/>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="105"/>
        <source>Your blind tags: %1. They take no verdicts: a reviewer settles the editors&apos; layers into the article&apos;s tags, which are then reviewed.</source>
        <translation>你的独立标注：%1 个。它们不参与审核：审核员将各编辑的标注合并为文章的标注后，再审核这些标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="109"/>
        <source>Tags: %1 to review, %2 approved, %3 rejected</source>
        <translation>标注：待审 %1，通过 %2，驳回 %3</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_panel.py" line="114"/>
        <source>Rejected tags are underlined in red; hover one to read the comment.</source>
        <translation>被驳回的标注带红色波浪线；鼠标停在上面可查看批注。</translation>
    </message>
</context>
<context>
    <name>ReviewTools</name>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="169"/>
        <source>Reviewer</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="169"/>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="169"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="170"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="172"/>
        <source>reviewer mode</source>
        <translation>审核模式</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="174"/>
        <source>Your user name, and the role this library&apos;s admin granted you</source>
        <translation>你的用户名，以及本资料库管理员授予你的角色</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="175"/>
        <source>Your user name and role; change them in Settings</source>
        <translation>你的用户名和角色；可在设置中修改</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="204"/>
        <source>The review queue is empty.</source>
        <translation>审核队列已空。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="210"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../curator/gui/review_tools.py" line="211"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="22"/>
        <source>Your tags and changes are recorded under this name</source>
        <translation>你的标注和修改以此名字记录</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="26"/>
        <source>Your tags and changes are recorded under the name you logged in to this shared library with (or the one given on the command line)</source>
        <translation>你的标注和修改记在你登录这个共享库所用的名字下（或命令行指定的名字下）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="30"/>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="31"/>
        <source>Reviewer</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="33"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="35"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="39"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="40"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="42"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="43"/>
        <source>Snap selections to whole words</source>
        <translation>选区自动对齐到整词</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="45"/>
        <source>Widen a selection to jieba word boundaries before tagging; hold Alt to tag exactly the selected characters</source>
        <translation>标注前把选区扩展到结巴分词的词边界；按住 Alt 则按选中的字标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="47"/>
        <source>Suggest institutions and figures</source>
        <translation>建议机构和人物</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="49"/>
        <source>Second opinion from LAC: more accurate, about 3× slower suggestions</source>
        <translation>参考百度 LAC 的分析：建议更准确，速度约慢 3 倍</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="51"/>
        <source>Baidu&apos;s LAC analyser also reads each sentence, and the suggestion model learns from what it finds. Takes effect the next time suggestions learn from the tags (Suggestions ▸ Learn from the tags now)</source>
        <translation>百度 LAC 词法分析器也会分析每个句子，建议模型从其结果中学习。下次从标签学习时生效（建议 ▸ 立即从标签学习）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="60"/>
        <source>In this shared library your role is granted by its admin</source>
        <translation>在这个共享资料库中，您的角色由资料库管理员授予</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="63"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="64"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="65"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="66"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../curator/gui/settings_dialog.py" line="67"/>
        <source>Text size</source>
        <translation>正文字号</translation>
    </message>
</context>
<context>
    <name>SharedLibraryDialog</name>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="106"/>
        <source>Open shared library</source>
        <translation>打开共享资料库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="108"/>
        <source>the server&apos;s name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="113"/>
        <source>only if the server asks; never stored</source>
        <translation>仅在服务器要求时填写；不会保存</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="121"/>
        <source>A library on a PostgreSQL server, shared by the newsroom.</source>
        <translation>PostgreSQL 服务器上由编辑部共用的资料库。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="122"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="122"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="123"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="123"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="124"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="143"/>
        <source>Fill in the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/library_dialogs.py" line="147"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="142"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="145"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="145"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../curator/gui/shortcuts.py" line="154"/>
        <source>Select text in the article, then press a key to tag it. Hold Alt to tag exactly the selected characters.</source>
        <translation>在正文中选中文字，再按键标注。按住 Alt 则按选中的字原样标注，不对齐到词。</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="106"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="114"/>
        <source>Not counted: %1</source>
        <translation>未能统计：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="127"/>
        <source>Undated articles fall outside a date range.</source>
        <translation>设定日期范围时，无日期的文章不计在内。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="129"/>
        <source>No tagging or review in this range: tags brought in by an import count as no one&apos;s work.</source>
        <translation>这段时间内没有标注或审核：随导入带进来的标注不计入任何人的工作量。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="131"/>
        <source>Nothing to count with these filters.</source>
        <translation>按这些条件没有可统计的内容。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="152"/>
        <location filename="../../curator/gui/stats_view.py" line="190"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="162"/>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="163"/>
        <source>Excel workbook (*.xlsx);;CSV files, one per table (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，每表一个 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="171"/>
        <source>Statistics not written: %1</source>
        <translation>统计未写出：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="173"/>
        <source>Statistics written: %1</source>
        <translation>统计已写出：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="178"/>
        <source>Statistics — Curator</source>
        <translation>统计 — Curator</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="179"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="180"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="184"/>
        <source>Both kinds</source>
        <translation>两类都算</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="191"/>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="192"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="193"/>
        <source>Articles by status</source>
        <translation>各状态文章数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="193"/>
        <source>Tags by kind and status</source>
        <translation>各类别与状态的标注数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="194"/>
        <source>Top entities</source>
        <translation>最常出现的实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="194"/>
        <source>Work per day</source>
        <translation>每日工作量</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="195"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="195"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="195"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="196"/>
        <source>Tags</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="196"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="196"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="197"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="197"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="197"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="198"/>
        <source>Tagged</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="198"/>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../curator/gui/stats_view.py" line="198"/>
        <source>Settled</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="192"/>
        <source>No suggestions: %1</source>
        <translation>无法给出建议：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="243"/>
        <source>Suggested %1: %2</source>
        <translation>建议的%1：%2</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="244"/>
        <source>Score %1 · source: %2</source>
        <translation>分数 %1 · 来源：%2</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="245"/>
        <source>A accepts, X rejects, ] and [ move between suggestions</source>
        <translation>A 接受，X 拒绝，] 和 [ 在建议之间移动</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="265"/>
        <source>No suggestions in this article.</source>
        <translation>本文没有建议。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="278"/>
        <source>No suggestion is selected; press ] to go to the next one.</source>
        <translation>未选中建议；按 ] 跳到下一条。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="288"/>
        <source>Accepted “%1” as %2</source>
        <translation>已接受“%1”为%2</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="296"/>
        <source>Rejected “%1”</source>
        <translation>已拒绝“%1”</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="311"/>
        <source>No suggestion scores %1 or more.</source>
        <translation>没有分数达到 %1 的建议。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="316"/>
        <source>Accepted %1 suggestions scoring %2 or more.</source>
        <translation>已接受 %1 条分数不低于 %2 的建议。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="322"/>
        <source>While you tag blind, names are tagged in this article only: accept with A.</source>
        <translation>独立标注时只能在本文中标注名称：请按 A 接受。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="329"/>
        <source>Tagged “%1” %2 times in %3 articles.</source>
        <translation>已在 %3 篇文章中标注“%1” %2 处。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="393"/>
        <source>Could not learn from the tags: %1</source>
        <translation>无法从标签中学习：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="377"/>
        <source>Learning from the tags was stopped.</source>
        <translation>已停止从标签中学习。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="386"/>
        <source>Suggestions learned from %1 tagged articles.</source>
        <translation>建议已从 %1 篇已标注的文章中学习。</translation>
    </message>
</context>
<context>
    <name>SuggestionLabels</name>
    <message>
        <location filename="../../curator/gui/suggestion_style.py" line="48"/>
        <source>Tagged before</source>
        <translation>已标名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_style.py" line="49"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_style.py" line="50"/>
        <source>Learned</source>
        <translation>学习模型</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_style.py" line="51"/>
        <source>Word list</source>
        <translation>分词词典</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="76"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="76"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="76"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="76"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="77"/>
        <source>Lowest score:</source>
        <translation>最低分数：</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="78"/>
        <source>“Accept all” accepts the suggestions scoring at least this much</source>
        <translation>“全部接受”只接受分数不低于此值的建议</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="88"/>
        <source>Suggestions (finding…)</source>
        <translation>建议（查找中…）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="90"/>
        <source>Suggestions (%1)</source>
        <translation>建议（%1）</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_panel.py" line="105"/>
        <source>Click to show it in the text</source>
        <translation>点击在正文中显示</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="86"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="86"/>
        <source>Mentions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="87"/>
        <source>Remove tag</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="88"/>
        <source>Remove every tag of this name in this article</source>
        <translation>删除本文中此名称的全部标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="89"/>
        <source>Change kind</source>
        <translation>改变类别</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="90"/>
        <source>Make institutions figures and figures institutions</source>
        <translation>机构改为人物，人物改为机构</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="91"/>
        <source>Label all occurrences</source>
        <translation>标注所有出现</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="92"/>
        <source>Tag every other occurrence of this name in this article</source>
        <translation>把本文中此名称的其他出现全部标注</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tag_panel.py" line="123"/>
        <source>Click to step through its occurrences</source>
        <translation>单击逐个查看它在文中的出现</translation>
    </message>
</context>
<context>
    <name>TaggedImportController</name>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="29"/>
        <location filename="../../curator/gui/tagged_import.py" line="37"/>
        <location filename="../../curator/gui/tagged_import.py" line="59"/>
        <source>Import tagged file</source>
        <translation>导入已标注文件</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="30"/>
        <source>Tagged articles (*.jsonl *.json *.conll *.bio *.tsv)</source>
        <translation>已标注文章 (*.jsonl *.json *.conll *.bio *.tsv)</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="38"/>
        <source>Importing tagged articles…</source>
        <translation>正在导入已标注文章…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="39"/>
        <source>Articles read: %1</source>
        <translation>已读取文章：%1 篇</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="50"/>
        <source>The file could not be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="52"/>
        <source>Articles imported: %1</source>
        <translation>导入文章：%1 篇</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="53"/>
        <source>Already in the library: %1</source>
        <translation>资料库中已有：%1 篇</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="54"/>
        <source>Tags imported: %1</source>
        <translation>导入标注：%1 个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="55"/>
        <source>Tags skipped: %1</source>
        <translation>跳过标注：%1 个</translation>
    </message>
    <message>
        <location filename="../../curator/gui/tagged_import.py" line="57"/>
        <source>Cancelled; the articles imported before are kept.</source>
        <translation>已取消；之前导入的文章会保留。</translation>
    </message>
</context>
<context>
    <name>TrainingIndicator</name>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="49"/>
        <source>Learning from the tags…</source>
        <translation>正在从标签中学习…</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="50"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../curator/gui/suggestion_controller.py" line="51"/>
        <source>Stop learning; the suggestions keep what they learned before</source>
        <translation>停止学习；建议保留之前学到的内容</translation>
    </message>
</context>
<context>
    <name>UnassignDialog</name>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="124"/>
        <source>Take back from editors</source>
        <translation>从编辑处收回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="126"/>
        <source>Take %n article(s) back from the editors you tick, with what they tagged blind. An article keeps two editors or more, or none: it is then tagged as usual. Undo gives it back.</source>
        <translation>
            <numerusform>从你勾选的编辑处收回 %n 篇文章，连同他们的独立标注。一篇文章要么保留两位或更多编辑，要么一位也不留：之后按常规标注。撤销可重新分派。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="128"/>
        <source>Take back</source>
        <translation>收回</translation>
    </message>
    <message>
        <location filename="../../curator/gui/agreement/assign_dialog.py" line="129"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../curator/gui/workbench.py" line="87"/>
        <source>Cannot open the article: %1</source>
        <translation>无法打开文章：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="123"/>
        <source>This article is approved; a reviewer must reopen it before it changes.</source>
        <translation>本文已审核通过；须由审核人重新打开后才能修改。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="126"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="138"/>
        <source>Select the name in the text first, then press the key again.</source>
        <translation>请先在正文中选中名称，再按键。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="143"/>
        <source>The selection holds no name to tag.</source>
        <translation>选区中没有可标注的文字。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="148"/>
        <source>“%1” overlaps the tag “%2”; remove that tag first.</source>
        <translation>“%1”与已有标注“%2”重叠；请先删除那个标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="160"/>
        <source>Tagged “%1” as %2</source>
        <translation>已把“%1”标为%2</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="175"/>
        <source>Click a tag or select text with tags to remove them.</source>
        <translation>请先单击一个标注，或选中含标注的文字，再删除。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="186"/>
        <source>Click a tag first.</source>
        <translation>请先单击一个标注。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="190"/>
        <source>Occurrences newly tagged: %1</source>
        <translation>新标注了 %1 处</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="207"/>
        <source>Nothing to undo in this article; Ctrl+Alt+Z undoes your newest change elsewhere.</source>
        <translation>本文没有可撤销的操作；按 Ctrl+Alt+Z 可撤销你在别处最近的改动。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="210"/>
        <source>Nothing to redo in this article; Ctrl+Alt+Shift+Z redoes elsewhere.</source>
        <translation>本文没有可重做的操作；按 Ctrl+Alt+Shift+Z 可重做别处的改动。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="225"/>
        <source>Your blind tags are done; the reviewer settles them once every editor has finished.</source>
        <translation>你的独立标注已完成；全部编辑完成后由审核员合并。</translation>
    </message>
    <message>
        <location filename="../../curator/gui/workbench.py" line="226"/>
        <source>Marked as done.</source>
        <translation>已标记为完成。</translation>
    </message>
</context>
</TS>
