<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminConsole</name>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回信息亭</translation>
    </message>
</context>
<context>
    <name>AdminSetupScreen</name>
    <message>
        <source>Set up the administrator PIN</source>
        <translation>设置管理员密码</translation>
    </message>
    <message>
        <source>Welcome. First, set up the administrator PIN</source>
        <translation>欢迎使用。请先设置管理员密码</translation>
    </message>
    <message>
        <source>This kiosk has no administrator PIN yet, and there is no default one. Choose 4 to 6 digits that are not easy to guess (not 1234, not 0000). The administrator opens the hidden staff screen by tapping the hall emblem five times and entering this PIN. A forgotten PIN cannot be recovered; it can only be replaced on this computer with the command kiosk set-pin.</source>
        <translation>本机还没有管理员密码，也没有默认密码。请设置4至6位不容易被猜到的数字（不要用1234、0000）。管理员连续点击大厅徽标五次并输入此密码，即可打开隐藏的工作人员界面。密码忘记后无法找回，只能在这台电脑上用命令 kiosk set-pin 重新设置。</translation>
    </message>
    <message>
        <source>Step 2 of 2: type the same PIN again</source>
        <translation>第2步（共2步）：再输入一次同样的密码</translation>
    </message>
    <message>
        <source>Step 1 of 2: choose a PIN of 4 to 6 digits</source>
        <translation>第1步（共2步）：设置4至6位数字密码</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>两次输入的密码不一致，请重新开始。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>密码须为4至6位数字。</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (repeated digits). Please choose another.</source>
        <translation>密码过于简单（数字重复），请换一个。</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (digits in a row). Please choose another.</source>
        <translation>密码过于简单（数字连续），请换一个。</translation>
    </message>
    <message>
        <source>The administrator PIN is set.</source>
        <translation>管理员密码已设置。</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Public disclosure</source>
        <translation>政务公开</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>该内容已不再公开。</translation>
    </message>
    <message>
        <source>All public disclosures</source>
        <translation>全部公开内容</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to begin</source>
        <translation>请触摸屏幕开始</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎您</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Public disclosure</source>
        <translation>政务公开</translation>
    </message>
    <message>
        <source>Urgent notice</source>
        <translation>紧急通知</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log (审计日志)</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 entries</source>
        <translation>第%1/%2页 · 共%3条</translation>
    </message>
</context>
<context>
    <name>BoardsScreen</name>
    <message>
        <source>Public disclosure</source>
        <translation>政务公开</translation>
    </message>
    <message>
        <source>The rules and information posted on the hall&apos;s walls. Tap a title to read it.</source>
        <translation>大厅上墙公开的制度和信息。点击标题即可阅读。</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>暂无公开内容。</translation>
    </message>
</context>
<context>
    <name>BundleScreen</name>
    <message>
        <source>Show on map</source>
        <translation>在地图上看</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <source>This life event is no longer available.</source>
        <translation>该一件事已不再办理。</translation>
    </message>
    <message>
        <source>First, a few questions (asked once for all the services)</source>
        <translation>请先回答几个问题（各事项只问一次）</translation>
    </message>
    <message>
        <source>Services in this life event</source>
        <translation>包含事项</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>The services&apos; promised time limits added up: the longest it can take.</source>
        <translation>各事项承诺时限相加，是最长用时。</translation>
    </message>
    <message>
        <source>Materials to bring (%1)</source>
        <translation>需要带的材料（%1项）</translation>
    </message>
    <message>
        <source>Answer the questions above to see only what applies to you.</source>
        <translation>回答上面的问题，只看与您有关的材料。</translation>
    </message>
    <message>
        <source>A paper needed by several services is listed once: bring it once.</source>
        <translation>几个事项都要的材料只列一次，准备一份即可。</translation>
    </message>
    <message>
        <source>No need to bring</source>
        <translation>无需提交</translation>
    </message>
    <message>
        <source>Where to go, in this order</source>
        <translation>按顺序到这些窗口办理</translation>
    </message>
    <message>
        <source>Step %1: go to %2</source>
        <translation>第%1步：请到%2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>用于：%1</translation>
    </message>
    <message>
        <source>Shared by: %1</source>
        <translation>共用于：%1</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>打印告知单</translation>
    </message>
    <message>
        <source>Scan to take away</source>
        <translation>扫码带走</translation>
    </message>
    <message>
        <source>Scan with your phone to take the whole list with you.</source>
        <translation>用手机扫码，把整张清单带走。</translation>
    </message>
</context>
<context>
    <name>BundlesScreen</name>
    <message>
        <source>Life events</source>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <source>Life events: one list for several services</source>
        <translation>一件事一次办：几个事项，一张清单</translation>
    </message>
    <message>
        <source>Answer a few questions once and get one list of papers for all of them.</source>
        <translation>回答几个问题，得到所有事项合并后的一张材料清单。</translation>
    </message>
    <message>
        <source>No life events are published yet.</source>
        <translation>暂无一件事。</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>Regular</source>
        <translation>定期公开</translation>
    </message>
    <message>
        <source>Phased</source>
        <translation>逐段公开</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>随时公开</translation>
    </message>
    <message>
        <source>Disclosure: %1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>en_GB</source>
        <comment>locale of the calendar&apos;s month and day names</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Working-day calendar (工作日历)</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Monday to Friday are working days. Enter the public holidays (法定节假日) and the weekend days worked in exchange (调休上班) from the State Council&apos;s notice for each year: the 15 working days of a poor rating&apos;s deadline count with them.</source>
        <translation>周一至周五为工作日。请按国务院办公厅每年的放假通知，录入法定节假日和调休上班的周末：差评整改的15个工作日期限据此计算。</translation>
    </message>
    <message>
        <source>Holiday (休)</source>
        <translation>放假(休)</translation>
    </message>
    <message>
        <source>Worked weekend (班)</source>
        <translation>调休上班(班)</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <source>Add or change this day</source>
        <translation>添加或修改这一天</translation>
    </message>
    <message>
        <source>Remove this day</source>
        <translation>删除这一天</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期设置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File (CSV: 日期, 类型 休/班, 名称)</source>
        <translation>文件(CSV：日期、类型 休/班、名称)</translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation>导入 CSV 文件…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV 文件…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>holiday (休)</source>
        <translation>放假(休)</translation>
    </message>
    <message>
        <source>worked weekend (班)</source>
        <translation>调休上班(班)</translation>
    </message>
    <message>
        <source>No holidays entered for %1: deadlines there count every weekday as a working day.</source>
        <translation>%1年尚未录入节假日：这期间的期限把每个周一至周五都算作工作日。</translation>
    </message>
    <message>
        <source>No days entered for %1</source>
        <translation>%1年尚未录入</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be a worked weekend day.</source>
        <translation>%1 是工作日：只有周六或周日才能设为调休上班。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 is not in the calendar.</source>
        <translation>日历中没有 %1。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Choose a calendar CSV file</source>
        <translation>选择工作日历 CSV 文件</translation>
    </message>
    <message>
        <source>The years in the file replace those years here.</source>
        <translation>文件中包含的年份会替换这里对应年份的设置。</translation>
    </message>
    <message>
        <source>Imported %1 days for %2.</source>
        <translation>已导入%2年的 %1 天。</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV file</source>
        <translation>选择保存 CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>打开目标文件夹，然后点按“使用此文件夹”。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What checking found (kept inside)</source>
        <translation>核实情况(仅内部可见)</translation>
    </message>
    <message>
        <source>What was wrong, in words fit to publish</source>
        <translation>反映的问题(将公示，请用适合公开的文字)</translation>
    </message>
    <message>
        <source>What was done about it, in words fit to publish</source>
        <translation>整改措施(将公示，请用适合公开的文字)</translation>
    </message>
    <message>
        <source>Why it is not founded, or why nothing needs doing</source>
        <translation>不属实的理由，或无需整改的说明</translation>
    </message>
    <message>
        <source>What the resident said when called back, or that no contact was left</source>
        <translation>回访情况；群众未留联系方式的请注明</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>What checking found (核实情况, inside only)</source>
        <translation>核实情况(仅内部)</translation>
    </message>
    <message>
        <source>What was wrong (反映的问题, published)</source>
        <translation>反映的问题(公示)</translation>
    </message>
    <message>
        <source>What was done (整改情况, published)</source>
        <translation>整改情况(公示)</translation>
    </message>
    <message>
        <source>Reason (不属实 / 无需整改, inside only)</source>
        <translation>理由(不属实/无需整改，仅内部)</translation>
    </message>
    <message>
        <source>Follow-up call (回访情况, inside only)</source>
        <translation>回访情况(仅内部)</translation>
    </message>
    <message>
        <source>On the public board</source>
        <translation>公示内容</translation>
    </message>
    <message>
        <source>Who did what</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>差评 %1</translation>
    </message>
    <message>
        <source>Deadline %1 — overdue by %2 days</source>
        <translation>期限 %1 —— 已超期 %2 天</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>整体满意度</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>服务效率</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Rated %1 at kiosk %2</source>
        <translation>评价时间 %1，终端 %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>文字评价：%1</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>无文字评价。</translation>
    </message>
    <message>
        <source>Contact left by the resident: %1 (shown on this page only)</source>
        <translation>群众留下的联系方式：%1(仅在此页显示)</translation>
    </message>
    <message>
        <source>The resident left no contact.</source>
        <translation>群众未留联系方式。</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(未确定)</translation>
    </message>
    <message>
        <source>Shown anonymised once the resident has been called back.</source>
        <translation>回访后将匿名公示。</translation>
    </message>
    <message>
        <source>%1 opened automatically from the rating</source>
        <translation>%1 由评价自动立案</translation>
    </message>
    <message>
        <source>Founded: rectify</source>
        <translation>属实，开始整改</translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>无需整改</translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Called back: satisfied</source>
        <translation>已回访：满意</translation>
    </message>
    <message>
        <source>Called back: not satisfied</source>
        <translation>已回访：不满意</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Marked founded: now rectifying.</source>
        <translation>已核实属实，进入整改。</translation>
    </message>
    <message>
        <source>Closed as not founded.</source>
        <translation>已按不属实办结。</translation>
    </message>
    <message>
        <source>Closed: no action needed.</source>
        <translation>已办结：无需整改。</translation>
    </message>
    <message>
        <source>Rectification recorded.</source>
        <translation>已记录整改情况。</translation>
    </message>
    <message>
        <source>Follow-up recorded: the case is closed and shown on the public board.</source>
        <translation>已记录回访：案件办结，并在监督栏公示。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Poor ratings and their rectification (差评整改)</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Remove sample cases…</source>
        <translation>删除示例案件…</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified, to call back</source>
        <translation>已整改，待回访</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>无需整改</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>未办结(%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已超期(%1)</translation>
    </message>
    <message>
        <source>Closed (%1)</source>
        <translation>已办结(%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部(%1)</translation>
    </message>
    <message>
        <source>Rectified within 15 working days: %1</source>
        <translation>15个工作日内按期整改率：%1</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>no window named</source>
        <translation>未选窗口</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 起超期</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 办结</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>No cases here. A case opens by itself when a resident rates a service 不满意 or 非常不满意, or leaves a comment, at a kiosk.</source>
        <translation>这里没有案件。群众在信息亭评价“不满意”“非常不满意”或留下文字评价时，会自动立案。</translation>
    </message>
    <message>
        <source>Remove the sample cases?</source>
        <translation>删除示例案件？</translation>
    </message>
    <message>
        <source>The demo&apos;s sample ratings, cases, complaints and opinions are deleted. Real ones stay.</source>
        <translation>将删除演示数据中的示例评价、案件、投诉和意见；真实数据保留不动。</translation>
    </message>
    <message>
        <source>Remove samples</source>
        <translation>删除示例</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Removed %1 sample records.</source>
        <translation>已删除 %1 条示例记录。</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Cases from poor ratings (差评)</source>
        <translation>差评工单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Rectified in time</source>
        <translation>按期整改率</translation>
    </message>
    <message>
        <source>Cases are not available in this version.</source>
        <translation>本版本尚无差评工单。</translation>
    </message>
    <message>
        <source>Open: opened in this period and not closed. Overdue: past their deadline now.</source>
        <translation>办理中：本期间产生、尚未办结；已超期：现在已过整改期限。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints from every channel (投诉登记)</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Name or phone, if given (kept inside)</source>
        <translation>姓名或电话(如有，仅内部可见)</translation>
    </message>
    <message>
        <source>What the complaint says</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Handled: close the complaint</source>
        <translation>已处理：办结投诉</translation>
    </message>
    <message>
        <source>Publish on the board</source>
        <translation>在监督栏公开</translation>
    </message>
    <message>
        <source>Take off the board</source>
        <translation>撤下公开</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Who complained (shown only here, never published)</source>
        <translation>投诉人(仅此处可见，不会公开)</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Handling (处理结果)</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>On the public board (投诉处理结果, anonymised)</source>
        <translation>公开的投诉处理结果(已匿名)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>反映的问题</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>open</source>
        <translation>受理中</translation>
    </message>
    <message>
        <source>handled %1</source>
        <translation>%1 办结</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公开</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Record the complaint</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Save the handling</source>
        <translation>保存处理结果</translation>
    </message>
    <message>
        <source>Shown on the 监督 board as %1.</source>
        <translation>已在监督栏公开，编号 %1。</translation>
    </message>
    <message>
        <source>Not on the board. Read the texts below, then publish.</source>
        <translation>尚未公开。请核对下面的文字后公开。</translation>
    </message>
    <message>
        <source>Complaint recorded.</source>
        <translation>投诉已登记。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Closed. Now check the texts for the public board and publish them.</source>
        <translation>已办结。请核对公开文字后在监督栏公开。</translation>
    </message>
    <message>
        <source>Published on the 监督 board.</source>
        <translation>已在监督栏公开。</translation>
    </message>
    <message>
        <source>Taken off the board (archived).</source>
        <translation>已撤下(已存档)。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Internal disclosures</source>
        <translation>对内公开</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Opinions on plans</source>
        <translation>预公开意见</translation>
    </message>
    <message>
        <source>Poor ratings (差评整改)</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Complaints (投诉登记)</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Errors and hidden items</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Missing-materials notice</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <source>Reprint a notice</source>
        <translation>告知单补打</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出信息亭模式</translation>
    </message>
    <message>
        <source>Files and backups</source>
        <translation>文件与备份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Progress of notices</source>
        <translation>办件进度</translation>
    </message>
    <message>
        <source>Choose a plan image (PNG or SVG)</source>
        <translation>选择平面图(PNG 或 SVG)</translation>
    </message>
    <message>
        <source>Floor plans</source>
        <translation>平面图</translation>
    </message>
</context>
<context>
    <name>ContentSections</name>
    <message>
        <source>Guides (办事指南)</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Themes (主题分类)</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Departments (实施部门)</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Disclosures (政务公开)</source>
        <translation>政务公开</translation>
    </message>
    <message>
        <source>Notices (通知公告)</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Pre-disclosure (预公开)</source>
        <translation>预公开</translation>
    </message>
    <message>
        <source>Channels (投诉渠道)</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Results (投诉处理结果)</source>
        <translation>投诉处理结果</translation>
    </message>
    <message>
        <source>Windows (服务窗口)</source>
        <translation>服务窗口</translation>
    </message>
    <message>
        <source>Staff (工作人员)</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Life events (一件事)</source>
        <translation>一件事</translation>
    </message>
    <message>
        <source>Guided questions (智能导办)</source>
        <translation>智能导办</translation>
    </message>
    <message>
        <source>Hall (大厅信息)</source>
        <translation>大厅信息</translation>
    </message>
    <message>
        <source>Life events and questions check (导办检查)</source>
        <translation>导办检查</translation>
    </message>
    <message>
        <source>Audit log (审计日志)</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Basic information (基本信息)</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Basis and conditions (设定依据与受理条件)</source>
        <translation>设定依据与受理条件</translation>
    </message>
    <message>
        <source>Time limits (办结时限)</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Fees (收费)</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Where and when (办理地点与时间)</source>
        <translation>办理地点与时间</translation>
    </message>
    <message>
        <source>Result (办理结果)</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Visits and online service (到现场次数与网上办理)</source>
        <translation>到现场次数与网上办理</translation>
    </message>
    <message>
        <source>Dates and order (生效日期与排序)</source>
        <translation>生效日期与排序</translation>
    </message>
    <message>
        <source>Poor-rating case (差评整改)</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Complaint (投诉登记)</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Working-day calendar (工作日历)</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Archived opinions (意见存档)</source>
        <translation>意见存档</translation>
    </message>
    <message>
        <source>Review and appeal (复议与诉讼)</source>
        <translation>复议与诉讼</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Publish the decision</source>
        <translation>发布决定</translation>
    </message>
    <message>
        <source>e.g. 根据意见,将……调整为……</source>
        <translation>例如：根据意见，将……调整为……</translation>
    </message>
    <message>
        <source>The decision (决定正文)</source>
        <translation>决定正文</translation>
    </message>
    <message>
        <source>What the opinions said and how they were answered (意见采纳情况)</source>
        <translation>意见采纳情况</translation>
    </message>
    <message>
        <source>How the plan changed because of them (方案调整情况)</source>
        <translation>方案调整情况</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Publishing archives the plan with every opinion and its answer (存档), and the kiosk shows this decision where the plan was. Residents&apos; contacts are never published.</source>
        <translation>发布后，方案及每条意见和采纳情况一并存档，信息亭在原方案位置显示此决定。群众的联系方式不会公开。</translation>
    </message>
</context>
<context>
    <name>DocForm</name>
    <message>
        <source>Always needed</source>
        <translation>所有情形都需要</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>未选文件</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Rare character…</source>
        <translation>生僻字…</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Search by name or code</source>
        <translation>按名称或编码搜索</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>立即发布</translation>
    </message>
    <message>
        <source>Publish at…</source>
        <translation>定时发布…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source> · unpublished changes</source>
        <translation> · 有未发布的修改</translation>
    </message>
    <message>
        <source>Discard your unsaved changes?</source>
        <translation>放弃未保存的修改吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Showing your unpublished draft.</source>
        <translation>当前显示的是未发布的草稿。</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source> + draft</source>
        <translation>（另有草稿）</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red first.</source>
        <translation>请先改正标红的栏目。</translation>
    </message>
    <message>
        <source>Draft saved. The kiosk still shows the published version.</source>
        <translation>草稿已保存。信息亭上仍显示已发布的版本。</translation>
    </message>
    <message>
        <source>Publish now?</source>
        <translation>立即发布吗？</translation>
    </message>
    <message>
        <source>Residents will see it at once.</source>
        <translation>发布后群众马上就能看到。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Not published: please correct the fields marked in red.</source>
        <translation>未发布：请改正标红的栏目。</translation>
    </message>
    <message>
        <source>Published as version %1.</source>
        <translation>已发布，版本号为第%1版。</translation>
    </message>
    <message>
        <source>Archive this item?</source>
        <translation>确定存档这一条吗？</translation>
    </message>
    <message>
        <source>Residents will no longer see it. It stays in the history (存档) and can be restored.</source>
        <translation>存档后群众将看不到它，但它仍保留在历史版本中，可以恢复。</translation>
    </message>
    <message>
        <source>Archived as version %1.</source>
        <translation>已存档，版本号为第%1版。</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>删除这份草稿吗？</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>草稿已删除。</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>第%1版已恢复，成为第%2版。</translation>
    </message>
    <message>
        <source>Preview: residents will see exactly this once it is published.</source>
        <translation>预览：发布后群众看到的就是这个样子。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>取消定时发布</translation>
    </message>
    <message>
        <source> · new version from %1</source>
        <translation> · 新版本 %1 起生效</translation>
    </message>
    <message>
        <source>Showing the version that goes live on %1. Until then residents see the one published now.</source>
        <translation>这里显示的是 %1 起生效的新版本；在此之前，群众看到的仍是现在发布的版本。</translation>
    </message>
    <message>
        <source>Showing the version that goes live on %1.</source>
        <translation>这里显示的是 %1 起生效的版本。</translation>
    </message>
    <message>
        <source>This version takes effect on this day (计划生效日期). Until then residents see the version published now, if there is one.</source>
        <translation>这个版本从这一天（计划生效日期）起生效；在此之前，群众看到的仍是现在发布的版本（如有）。</translation>
    </message>
    <message>
        <source>Residents see this version from this moment. Until then they see the version published now, if there is one.</source>
        <translation>群众从这一时刻起看到这个版本；在此之前，看到的仍是现在发布的版本（如有）。</translation>
    </message>
    <message>
        <source>Scheduled: residents see this version from %1.</source>
        <translation>已定时发布：群众从 %1 起看到这个版本。</translation>
    </message>
    <message>
        <source>Cancel the scheduled version?</source>
        <translation>取消定时发布的版本？</translation>
    </message>
    <message>
        <source>The version published now stays as it is.</source>
        <translation>现在发布的版本保持不变。</translation>
    </message>
    <message>
        <source>The scheduled version was cancelled.</source>
        <translation>定时发布的版本已取消。</translation>
    </message>
</context>
<context>
    <name>ErrorLogPage</name>
    <message>
        <source>Errors and hidden items</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <source>No errors recorded.</source>
        <translation>没有记录到错误。</translation>
    </message>
    <message>
        <source>Content hidden because it cannot be shown</source>
        <translation>因无法显示而隐藏的内容</translation>
    </message>
    <message>
        <source>Could not check the content now (%1).</source>
        <translation>现在无法检查内容(%1)。</translation>
    </message>
    <message>
        <source>Nothing is hidden.</source>
        <translation>没有被隐藏的内容。</translation>
    </message>
    <message>
        <source>Translations not found</source>
        <translation>找不到的界面翻译</translation>
    </message>
    <message>
        <source>Log files: %1</source>
        <translation>日志文件:%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Code (编码)</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name (名称)</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title (标题)</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text (正文)</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Order (排序)</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Phone (电话)</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address (地址)</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Duties (职责)</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Location (位置)</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Note (说明)</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Basis (依据)</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Status (状态)</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shown from (发布时间)</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Shown until (下架时间)</source>
        <translation>下架时间</translation>
    </message>
    <message>
        <source>Disclosure form (公开形式)</source>
        <translation>公开形式</translation>
    </message>
    <message>
        <source>Sample content (示例数据)</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Enquiry phone (咨询电话)</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Complaint phone (监督投诉电话)</source>
        <translation>监督投诉电话</translation>
    </message>
    <message>
        <source>Life event code (一件事编码)</source>
        <translation>一件事编码</translation>
    </message>
    <message>
        <source>Life event name (一件事名称)</source>
        <translation>一件事名称</translation>
    </message>
    <message>
        <source>Summary (说明)</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Matters, in visiting order (包含事项,按办理顺序)</source>
        <translation>包含事项（按办理顺序）</translation>
    </message>
    <message>
        <source>Shared questions (共性问题)</source>
        <translation>共性问题</translation>
    </message>
    <message>
        <source>Question → matter situation (情形对应)</source>
        <translation>情形对应</translation>
    </message>
    <message>
        <source>Answers the life event settles (预设答案)</source>
        <translation>预设答案</translation>
    </message>
    <message>
        <source>Same paper, different names (同一材料)</source>
        <translation>同一材料</translation>
    </message>
    <message>
        <source>Materials not to bring (免提交材料)</source>
        <translation>免提交材料</translation>
    </message>
    <message>
        <source>Promised time limit of the whole (一件事承诺时限)</source>
        <translation>一件事承诺时限</translation>
    </message>
    <message>
        <source>Question code (问题编码)</source>
        <translation>问题编码</translation>
    </message>
    <message>
        <source>Options (选项)</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Several answers (多选)</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Matter (事项)</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Matter&apos;s options, in the question&apos;s order (对应选项)</source>
        <translation>对应选项</translation>
    </message>
    <message>
        <source>Answer (答案)</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Name on the merged list (合并后名称)</source>
        <translation>合并后名称</translation>
    </message>
    <message>
        <source>Material name in that matter (材料名称)</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Why it need not be brought (原因)</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Questions; the first is asked first (导办问题)</source>
        <translation>导办问题</translation>
    </message>
    <message>
        <source>Hint (提示)</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Buttons (选项)</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Button text (选项)</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Next question code (下一个问题)</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>Or: a life event (一件事)</source>
        <translation>一件事</translation>
    </message>
    <message>
        <source>Or: matters (事项)</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Answers set, code=option (预设答案)</source>
        <translation>预设答案</translation>
    </message>
    <message>
        <source>Matter code (事项编码)</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Matter name (事项名称)</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Matter type (事项类型)</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Implementing body (实施主体)</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <source>Who it serves (服务对象)</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Legal basis (设定依据)</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Acceptance conditions (受理条件)</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Procedure (办理流程)</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Handling kind (办件类型)</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Statutory time limit (法定办结时限)</source>
        <translation>法定办结时限</translation>
    </message>
    <message>
        <source>Promised time limit (承诺办结时限)</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>Charges a fee (是否收费)</source>
        <translation>是否收费</translation>
    </message>
    <message>
        <source>Fee statement (收费标准)</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Fee items (收费项目)</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Where (办理地点)</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Window (办理窗口)</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <source>Hours (办理时间)</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Open on holidays (节假日可办理)</source>
        <translation>节假日可办理</translation>
    </message>
    <message>
        <source>Result (结果名称)</source>
        <translation>结果名称</translation>
    </message>
    <message>
        <source>Result sample (结果样本)</source>
        <translation>结果样本</translation>
    </message>
    <message>
        <source>Result sample file (结果样本文件)</source>
        <translation>结果样本文件</translation>
    </message>
    <message>
        <source>Visits to the hall (到办事现场次数)</source>
        <translation>到办事现场次数</translation>
    </message>
    <message>
        <source>Why a visit is needed (必须现场办理原因)</source>
        <translation>必须现场办理原因</translation>
    </message>
    <message>
        <source>Can be done online (是否网办)</source>
        <translation>是否网办</translation>
    </message>
    <message>
        <source>Online address (网办地址)</source>
        <translation>网办地址</translation>
    </message>
    <message>
        <source>Questions and answers (常见问题)</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Themes (主题分类)</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Situations (情形)</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Materials (申请材料)</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Takes effect (计划生效日期)</source>
        <translation>计划生效日期</translation>
    </message>
    <message>
        <source>Withdrawn on (计划取消日期)</source>
        <translation>计划取消日期</translation>
    </message>
    <message>
        <source>Days (时限, 0 = 即办)</source>
        <translation>时限(0 = 即办)</translation>
    </message>
    <message>
        <source>Unit (单位)</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Step (环节名称)</source>
        <translation>环节名称</translation>
    </message>
    <message>
        <source>What happens (办理说明)</source>
        <translation>办理说明</translation>
    </message>
    <message>
        <source>Fee item (收费项目名称)</source>
        <translation>收费项目名称</translation>
    </message>
    <message>
        <source>Standard (收费标准)</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Basis (收费依据)</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <source>Can be reduced (是否可减免)</source>
        <translation>是否可减免</translation>
    </message>
    <message>
        <source>Reduction basis (减免依据)</source>
        <translation>减免依据</translation>
    </message>
    <message>
        <source>Question (问题)</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer (解答)</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Situation code (情形编码)</source>
        <translation>情形编码</translation>
    </message>
    <message>
        <source>Question (情形问题)</source>
        <translation>情形问题</translation>
    </message>
    <message>
        <source>Answers (选项)</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Material (材料名称)</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Necessity (必要性)</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Material type (材料类型)</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>Form (材料形式)</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Original or copy (原件/复印件)</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <source>Copies (份数)</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Paper size (纸质规格)</source>
        <translation>纸质规格</translation>
    </message>
    <message>
        <source>Source (来源渠道)</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Source note (来源渠道说明)</source>
        <translation>来源渠道说明</translation>
    </message>
    <message>
        <source>Blank form (空白表格)</source>
        <translation>空白表格</translation>
    </message>
    <message>
        <source>Filled-in sample (示例样表)</source>
        <translation>示例样表</translation>
    </message>
    <message>
        <source>How to fill it in (填报须知)</source>
        <translation>填报须知</translation>
    </message>
    <message>
        <source>Acceptance standard (受理标准)</source>
        <translation>受理标准</translation>
    </message>
    <message>
        <source>Why it is required (要求提供的依据)</source>
        <translation>要求提供的依据</translation>
    </message>
    <message>
        <source>Needed when (适用情形)</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Hall name (大厅名称)</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <source>Short name (简称, on notices)</source>
        <translation>简称(告知单上使用)</translation>
    </message>
    <message>
        <source>Opening hours (办公时间)</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Complaint phone (投诉电话)</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <source>Supervision phone (监督电话)</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Email (电子邮箱)</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Report box (举报箱)</source>
        <translation>举报箱</translation>
    </message>
    <message>
        <source>Introduction (简介)</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Logo (标志)</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Walls (公开栏)</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <source>Wall title (公开栏标题)</source>
        <translation>公开栏标题</translation>
    </message>
    <message>
        <source>Wall (公开栏)</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <source>Audience (公开范围)</source>
        <translation>公开范围</translation>
    </message>
    <message>
        <source>Theme (主题名称)</source>
        <translation>主题名称</translation>
    </message>
    <message>
        <source>Icon (图标)</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Department (部门名称)</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Window (窗口名称)</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <source>Staff number (工号)</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Full name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position (职务)</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Window (所在窗口)</source>
        <translation>所在窗口</translation>
    </message>
    <message>
        <source>Photo (照片)</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>On duty (在岗)</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Channel (渠道类型)</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <source>Number or address (号码/地址)</source>
        <translation>号码/地址</translation>
    </message>
    <message>
        <source>Received on (受理日期)</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Complaint (投诉摘要)</source>
        <translation>投诉摘要</translation>
    </message>
    <message>
        <source>Result (处理结果)</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Plan (方案内容)</source>
        <translation>方案内容</translation>
    </message>
    <message>
        <source>Opinions until (意见征集截止)</source>
        <translation>意见征集截止</translation>
    </message>
    <message>
        <source>Public (对外公开)</source>
        <translation>对外公开</translation>
    </message>
    <message>
        <source>Staff only (对内公开)</source>
        <translation>对内公开</translation>
    </message>
    <message>
        <source>Draft (草稿)</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pre-disclosure (预公开)</source>
        <translation>预公开</translation>
    </message>
    <message>
        <source>Published (已发布)</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived (已存档)</source>
        <translation>已存档</translation>
    </message>
    <message>
        <source>Scheduled (定时发布)</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Priority (优先级; 紧急: a banner on every screen)</source>
        <translation>优先级(紧急:在每个画面顶部横幅显示)</translation>
    </message>
    <message>
        <source>Laws, article by article (法律依据)</source>
        <translation>法律依据（逐条）</translation>
    </message>
    <message>
        <source>Windows with directions (办理窗口)</source>
        <translation>办理窗口（含乘车路线）</translation>
    </message>
    <message>
        <source>Enquiries: phone or other ways (咨询方式)</source>
        <translation>咨询方式</translation>
    </message>
    <message>
        <source>Complaints: phone or other ways (监督投诉方式)</source>
        <translation>监督投诉方式</translation>
    </message>
    <message>
        <source>Administrative review (行政复议)</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>Lawsuit (行政诉讼)</source>
        <translation>行政诉讼</translation>
    </message>
    <message>
        <source>Review standard (审查标准)</source>
        <translation>审查标准</translation>
    </message>
    <message>
        <source>Law (法规名称)</source>
        <translation>法规名称</translation>
    </message>
    <message>
        <source>Document number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Article (条款)</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Text of the article (条文)</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>How to get there (乘车路线)</source>
        <translation>乘车路线</translation>
    </message>
    <message>
        <source>Map link (地图链接)</source>
        <translation>地图链接</translation>
    </message>
    <message>
        <source>Originals, if counted apart (原件份数)</source>
        <translation>原件份数（分开计数时）</translation>
    </message>
    <message>
        <source>Photocopies, if counted apart (复印件份数)</source>
        <translation>复印件份数（分开计数时）</translation>
    </message>
    <message>
        <source>Signature required (签字要求)</source>
        <translation>签字要求</translation>
    </message>
    <message>
        <source>Several answers may be chosen (多选)</source>
        <translation>可选多项（多选）</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>返回上一级</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>使用此文件夹</translation>
    </message>
    <message>
        <source>Insert a USB disk: it appears here at the top.</source>
        <translation>插入U盘后，它会出现在这里的最上方。</translation>
    </message>
    <message>
        <source>USB disk %1</source>
        <translation>U盘 %1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>主文件夹</translation>
    </message>
    <message>
        <source>This folder has no sub-folders.</source>
        <translation>此文件夹中没有子文件夹。</translation>
    </message>
    <message>
        <source>No %1 files in this folder.</source>
        <translation>此文件夹中没有 %1 文件。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>FilePickerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <source>This file cannot be shown here. Please ask at the window.</source>
        <translation>这个文件无法在此显示，请到窗口咨询。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking every item against the database…</source>
        <translation>正在逐项对照数据库检查…</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>正在写入数据库…</translation>
    </message>
    <message>
        <source>Files and backups (文件与备份)</source>
        <translation>文件与备份</translation>
    </message>
    <message>
        <source>Import content</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>Export content</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Everything, as one file, into a folder you choose.</source>
        <translation>把全部内容导出为一个文件，保存到您选择的文件夹。</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel(.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder and export…</source>
        <translation>选择文件夹并导出…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>当前没有进行中的操作</translation>
    </message>
    <message>
        <source>Choose what to do on the left. The outcome is shown here.</source>
        <translation>请在左侧选择要做的事，结果会显示在这里。</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Could not check the file</source>
        <translation>无法检查该文件</translation>
    </message>
    <message>
        <source>Ready to import %1</source>
        <translation>%1 可以导入</translation>
    </message>
    <message>
        <source>The file is in order: %1 new and %2 changed items. This was a check only, nothing has been written yet. Tap Import to save.</source>
        <translation>文件无误：新增 %1 项，修改 %2 项。刚才只是检查，尚未写入任何内容。点按“导入”即可保存。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Saved. The kiosk now shows the imported content.</source>
        <translation>已保存。信息亭现在显示导入后的内容。</translation>
    </message>
    <message>
        <source> The first 500 are listed.</source>
        <translation>下面列出前 500 处。</translation>
    </message>
    <message>
        <source>%1 problems in %2</source>
        <translation>%2 中有 %1 处错误</translation>
    </message>
    <message>
        <source>Nothing was imported and the database has not changed. Correct the file at these places, then choose it again.</source>
        <translation>没有导入任何内容，数据库未做改动。请在文件中改正以下各处，然后重新选择该文件。</translation>
    </message>
    <message>
        <source>Location (位置)</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Explanation (说明)</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Choose a folder to export to</source>
        <translation>选择导出到哪个文件夹</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>打开目标文件夹，然后点按“使用此文件夹”。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Backup folder: %1. Every day a backup is made there automatically; the newest %2 are kept.</source>
        <translation>备份文件夹：%1。系统每天自动在这里备份一次，保留最新的 %2 份。</translation>
    </message>
    <message>
        <source>Last backup: none yet.</source>
        <translation>最近一次备份：还没有。</translation>
    </message>
    <message>
        <source>Last backup: %1, OK (%2).</source>
        <translation>最近一次备份：%1，成功（%2）。</translation>
    </message>
    <message>
        <source>Last backup: %1, FAILED: %2</source>
        <translation>最近一次备份：%1，失败：%2</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>%1 — checked: complete and readable.</source>
        <translation>%1 —— 已检查：完整、可读取。</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Backups are named kiosk-date-time. The newest is at the top.</source>
        <translation>备份文件名为 kiosk-日期-时间，最新的在最上面。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The content in %1 is imported over the current content. First the current database is backed up to %2, so this can be undone by restoring that copy.</source>
        <translation>%1 中的内容将导入并覆盖当前内容。开始之前，当前数据库会先备份到 %2，如需撤销，恢复那份备份即可。</translation>
    </message>
    <message>
        <source>Everything goes back to how it was in %1: content, settings, staff PINs and the audit log. First the current database is backed up to %2, so this can be undone by restoring that copy.</source>
        <translation>全部数据将回到 %1 中的样子：内容、设置、工作人员密码和审计日志。开始之前，当前数据库会先备份到 %2，如需撤销，恢复那份备份即可。</translation>
    </message>
    <message>
        <source>Restore the hall&apos;s data from this backup?</source>
        <translation>要用这份备份恢复大厅的数据吗？</translation>
    </message>
    <message>
        <source>Yes, restore</source>
        <translation>是，恢复</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>正在从 %1 恢复</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <source>The kiosk now shows the restored content. The data as it was before is in %1.</source>
        <translation>信息亭现在显示恢复后的内容。恢复之前的数据保存在 %1。</translation>
    </message>
    <message>
        <source>This kiosk&apos;s .json or .xlsx, the county&apos;s exchange tables (folder or .zip), AUDIT_* .json or an office spreadsheet. Checked and cleaned first, with a report: nothing changes until you tap Import.</source>
        <translation>可导入本机导出的 .json 或 .xlsx、县里的国家标准交换表（文件夹或 .zip）、省级 AUDIT_* .json，或科室自己的材料表格。先检查和清洗，并给出报告：点按“导入”之前不会有任何改动。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Publish rule-breakers</source>
        <translation>违规也发布</translation>
    </message>
    <message>
        <source>Matters that break a quality rule are imported as drafts unless this is on.</source>
        <translation>不选此项时，违反质量规则的事项导入为草稿。</translation>
    </message>
    <message>
        <source>Only .json, .xlsx, .csv and .zip files are listed.</source>
        <translation>这里只列出 .json、.xlsx、.csv 和 .zip 文件。</translation>
    </message>
    <message>
        <source>Choose the folder of national exchange tables</source>
        <translation>选择国家标准交换表所在的文件夹</translation>
    </message>
    <message>
        <source>Open the folder holding up_task_general_basic.csv and the other tables, then tap Use this folder.</source>
        <translation>打开存放 up_task_general_basic.csv 等表的文件夹，然后点按“使用此文件夹”。</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The column mapping was cancelled.</source>
        <translation>已取消列的对应设置。</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>请确认各列的含义</translation>
    </message>
    <message>
        <source>Confirm the columns of %1.</source>
        <translation>请确认 %1 中各列的含义。</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>导入报告：%1</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>文件中的位置</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>选择保存报告的文件夹</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
</context>
<context>
    <name>FloorPlanScreen</name>
    <message>
        <source>Where to go</source>
        <translation>窗口导航</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>请到 %1</translation>
    </message>
    <message>
        <source>Hall plan</source>
        <translation>大厅平面图</translation>
    </message>
    <message>
        <source>This window is not marked on the plan yet. Look for its number above the counters, or ask a staff member.</source>
        <translation>这个窗口还没有标在平面图上。请看柜台上方的窗口号,或询问工作人员。</translation>
    </message>
    <message>
        <source>The window is on %1; you are on %2.</source>
        <translation>窗口在%1,您现在在%2。</translation>
    </message>
    <message>
        <source>No floor plan has been set up for this hall.</source>
        <translation>本大厅还没有设置平面图。</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
    <message>
        <source>red: your window</source>
        <translation>红色:您要去的窗口</translation>
    </message>
    <message>
        <source>blue: you are here (this kiosk)</source>
        <translation>蓝色:您在这里(本机位置)</translation>
    </message>
</context>
<context>
    <name>FloorPlansPage</name>
    <message>
        <source>Floor plans</source>
        <translation>平面图</translation>
    </message>
    <message>
        <source>Upload a PNG or SVG plan for each floor. Choose a window (or this kiosk) on the right, then tap where it is on the plan.</source>
        <translation>为每层楼上传一张 PNG 或 SVG 平面图。在右侧选中一个窗口(或本机),再在平面图上点它所在的位置。</translation>
    </message>
    <message>
        <source>Floor code, e.g. 1F</source>
        <translation>楼层编码,例如 1F</translation>
    </message>
    <message>
        <source>Floor name, e.g. 一楼</source>
        <translation>楼层名称,例如 一楼</translation>
    </message>
    <message>
        <source>Upload plan image…</source>
        <translation>上传平面图…</translation>
    </message>
    <message>
        <source>This kiosk&apos;s name, e.g. 一楼大厅一体机</source>
        <translation>本机名称,例如 一楼大厅一体机</translation>
    </message>
    <message>
        <source>Save the kiosk&apos;s name</source>
        <translation>保存本机名称</translation>
    </message>
    <message>
        <source>This kiosk (you are here)</source>
        <translation>本机(您在这里)</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
    <message>
        <source>Upload a plan first, then choose what to place.</source>
        <translation>请先上传平面图,再选择要标注的窗口。</translation>
    </message>
    <message>
        <source>Placed. Guides now offer 「在地图上看」 for it.</source>
        <translation>已标注。办事指南里这个窗口会显示「在地图上看」。</translation>
    </message>
    <message>
        <source>Plan saved for %1.</source>
        <translation>%1的平面图已保存。</translation>
    </message>
    <message>
        <source>Saved. 呼叫帮办 calls from this kiosk carry this name.</source>
        <translation>已保存。本机发出的呼叫帮办会显示这个名称。</translation>
    </message>
</context>
<context>
    <name>GapsSection</name>
    <message>
        <source>Searches that found nothing</source>
        <translation>无结果搜索（内容缺口）</translation>
    </message>
    <message>
        <source>Words searched</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>%1 searches, %2 of them found nothing.</source>
        <translation>共搜索 %1 次，其中 %2 次没有结果。</translation>
    </message>
    <message>
        <source>The words of %1 looked personal (a phone or ID number) and were not kept.</source>
        <translation>其中 %1 次的搜索词像电话、证件号等个人信息，未记录。</translation>
    </message>
    <message>
        <source>No words to list.</source>
        <translation>没有可列出的搜索词。</translation>
    </message>
</context>
<context>
    <name>GuidanceCheckPage</name>
    <message>
        <source>Life events and questions check (导办检查)</source>
        <translation>导办检查</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>检查无法进行：%1</translation>
    </message>
    <message>
        <source>%1 problem(s) to fix.</source>
        <translation>有 %1 个问题需要修改。</translation>
    </message>
    <message>
        <source>No problems: every path ends at a matter or a life event.</source>
        <translation>没有问题：每条路径都通向事项或一件事。</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>This guide is no longer available.</source>
        <translation>该办事指南已不再公开。</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Materials to bring (%1)</source>
        <translation>申请材料（%1项）</translation>
    </message>
    <message>
        <source>No materials need to be handed in for this matter.</source>
        <translation>本事项无需提交材料。</translation>
    </message>
    <message>
        <source>Answer the questions above to see only what applies to you.</source>
        <translation>回答上面的问题后，只显示与您有关的材料。</translation>
    </message>
    <message>
        <source>In your situation no materials need to be handed in.</source>
        <translation>按您所选的情形，本事项无需提交材料。</translation>
    </message>
    <message>
        <source>Scan to take away</source>
        <translation>扫码带走</translation>
    </message>
    <message>
        <source>Scan with your phone to take the checklist with you. Tap the code to enlarge it.</source>
        <translation>用手机扫码，把材料清单带走。点击二维码可放大。</translation>
    </message>
    <message>
        <source>Scan to apply online</source>
        <translation>扫码网上办理</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>打印材料清单</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>语音播报</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>请到 %1</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上看</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>高对比</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Device health (设备状态)</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <source>Reading the kiosks…</source>
        <translation>正在读取各台信息亭的状态…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The kiosks cannot be read right now: %1</source>
        <translation>暂时读不到信息亭的状态：%1</translation>
    </message>
    <message>
        <source>No kiosk has reported yet. A kiosk reports when it starts and every minute.</source>
        <translation>还没有信息亭报告状态。信息亭在启动时和之后每分钟报告一次。</translation>
    </message>
    <message>
        <source>Kiosks: %1 · needing a look: %2 (as of %3).</source>
        <translation>共 %1 台信息亭，%2 台需要处理（%3 更新）。</translation>
    </message>
    <message>
        <source>Kiosks: %1 · all OK (as of %3).</source>
        <translation>共 %1 台信息亭，全部正常（%3 更新）。</translation>
    </message>
</context>
<context>
    <name>HelpAlerts</name>
    <message>
        <source>%1 calls for help at %2 — %3 — waiting %4</source>
        <translation>%1 呼叫帮办 %2 — %3 — 已等候 %4</translation>
    </message>
    <message>
        <source>no matter open</source>
        <translation>未打开事项</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>我来处理</translation>
    </message>
</context>
<context>
    <name>HelpCall</name>
    <message>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>HelpCallDialog</name>
    <message>
        <source>A staff member is on the way</source>
        <translation>工作人员马上就到</translation>
    </message>
    <message>
        <source>Calling the staff…</source>
        <translation>正在呼叫工作人员…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>好的</translation>
    </message>
    <message>
        <source>Please wait here, at %1.</source>
        <translation>请在%1旁稍候。</translation>
    </message>
    <message>
        <source>The staff have been told. Someone will come to you shortly.</source>
        <translation>已通知大厅工作人员,马上有人过来帮您。</translation>
    </message>
    <message>
        <source>The call could not be sent</source>
        <translation>呼叫没有发送成功</translation>
    </message>
    <message>
        <source>Please ask at any window; the staff will gladly help.</source>
        <translation>请到任一窗口询问,工作人员会帮助您。</translation>
    </message>
    <message>
        <source>A staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>%1 has seen your call and is coming.</source>
        <translation>%1 已收到呼叫,正在赶来。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1的历史版本</translation>
    </message>
    <message>
        <source>Tap one version to see what restoring it would change, or two to compare them.</source>
        <translation>点选一个版本，可查看恢复它会改动哪些内容；点选两个版本，可对比它们的差异。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restoring v%1 would change:</source>
        <translation>恢复第%1版将改动：</translation>
    </message>
    <message>
        <source>From v%1 to v%2:</source>
        <translation>从第%1版到第%2版：</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>这是当前版本。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>%1 change(s)</source>
        <translation>%1处改动</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Not sure? Ask me</source>
        <translation>不知道办什么？
问我</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <source>Public disclosure</source>
        <translation>政务公开</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>搜索事项</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>监督投诉</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>Plans for comment</source>
        <translation>意见征集</translation>
    </message>
    <message>
        <source>Welcome. Tap a tile to begin.</source>
        <translation>欢迎您！请点击下面的栏目开始办事。</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>办公时间：%1</translation>
    </message>
    <message>
        <source>Enquiries: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>办件进度</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Kiosk use by hour of day</source>
        <translation>信息亭使用·按时段</translation>
    </message>
    <message>
        <source>Guides opened, checklists printed and searches, by the hour they happened: %1 in all.</source>
        <translation>查看指南、打印清单和搜索的次数，按发生的时段统计：共 %1 次。</translation>
    </message>
    <message>
        <source>Nobody used the kiosk in this period.</source>
        <translation>本期间没有人使用信息亭。</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在使用吗？</translation>
    </message>
    <message>
        <source>Keep using</source>
        <translation>继续使用</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>In %1 seconds the kiosk goes back to the home screen and clears what you entered.</source>
        <translation>%1 秒后将返回首页，并清除您刚才输入和选择的内容。</translation>
    </message>
</context>
<context>
    <name>InternalDisclosuresPage</name>
    <message>
        <source>Internal disclosures</source>
        <translation>对内公开</translation>
    </message>
    <message>
        <source>For hall staff only (对内公开). These texts are never shown on the public screens.</source>
        <translation>仅供大厅工作人员查看，不会在对外的屏幕上显示。</translation>
    </message>
    <message>
        <source>There are no internal disclosures.</source>
        <translation>暂无对内公开内容。</translation>
    </message>
    <message>
        <source>Internal disclosures cannot be read on this kiosk.</source>
        <translation>本机不能查看对内公开内容。</translation>
    </message>
    <message>
        <source>This kiosk connects to the hall&apos;s database with the kiosk account, which never sees staff-only texts, so that they stay safe even on a station in a public place. Read them on a window PC or the office PC.</source>
        <translation>本机以信息亭账号连接大厅数据库，这个账号看不到仅对内公开的内容，即使设备放在公共场所也不会泄露。请在窗口电脑或办公室电脑上查看。</translation>
    </message>
</context>
<context>
    <name>KioskCard</name>
    <message>
        <source>Needs a look</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Host %1 · id %2</source>
        <translation>主机 %1 · 编号 %2</translation>
    </message>
    <message>
        <source>Not heard from for %1 minutes.</source>
        <translation>已 %1 分钟没有收到它的消息。</translation>
    </message>
    <message>
        <source>The printer cannot print: %1</source>
        <translation>打印机无法打印：%1</translation>
    </message>
    <message>
        <source>%1 errors in the last ten minutes.</source>
        <translation>最近十分钟内出错 %1 次。</translation>
    </message>
    <message>
        <source>The disk is nearly full (%1 free).</source>
        <translation>磁盘快满了（剩余 %1）。</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>saves to a folder</source>
        <translation>保存到文件夹</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>最后消息</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>已运行</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Screen shown</source>
        <translation>当前画面</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>磁盘剩余</translation>
    </message>
    <message>
        <source>Database answered in</source>
        <translation>数据库响应</translation>
    </message>
    <message>
        <source>Waiting to be sent (outbox)</source>
        <translation>待发送（离线暂存）</translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation>从列表中移除…</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>保存名称</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remove %1 from the list? It comes back if it reports again.</source>
        <translation>把「%1」从列表中移除？它如果再次报告状态，会重新出现。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>KioskOverridesPanel</name>
    <message>
        <source>Per-kiosk settings</source>
        <translation>单台设备设置</translation>
    </message>
    <message>
        <source>A kiosk sharing this database can use its own orientation, printer and idle time; everything else is the hall&apos;s. A kiosk is listed once it has been online; or type the kiosk id it shows (kiosk outbox prints it). The kiosk applies a change within half a minute.</source>
        <translation>共用此数据库的每台信息亭可以有自己的屏幕方向、打印机和无操作返回时间，其余设置与全大厅相同。信息亭联网运行过一次后会出现在下面；也可以输入它的设备编号（kiosk outbox 会显示）。信息亭在半分钟内应用修改。</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Name shown here, e.g. the station&apos;s name</source>
        <translation>在此显示的名称，例如服务站名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>屏幕方向</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation>无操作返回时间</translation>
    </message>
    <message>
        <source>This kiosk:</source>
        <translation>本机单独设置：</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>cups:NAME, folder:/path or a CUPS queue name</source>
        <translation>cups:打印机名、folder:/文件夹 或 CUPS 队列名</translation>
    </message>
    <message>
        <source>Save for this kiosk</source>
        <translation>保存此设备的设置</translation>
    </message>
    <message>
        <source>No kiosk has been online on this database yet.</source>
        <translation>还没有信息亭在此数据库上联网运行过。</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>信息亭 %1</translation>
    </message>
    <message>
        <source>this kiosk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最近联系 %1</translation>
    </message>
    <message>
        <source>own settings: %1</source>
        <translation>单独设置 %1 项</translation>
    </message>
    <message>
        <source>Settings of kiosk %1</source>
        <translation>信息亭 %1 的设置</translation>
    </message>
    <message>
        <source>Hall setting (%1)</source>
        <translation>与全大厅相同（%1）</translation>
    </message>
    <message>
        <source>Hall setting (%1 s)</source>
        <translation>与全大厅相同（%1 秒）</translation>
    </message>
    <message>
        <source>Printer: type cups:NAME, folder:/path or a CUPS queue name, or choose the hall setting.</source>
        <translation>打印机：请输入 cups:打印机名、folder:/文件夹 或 CUPS 队列名，或选择与全大厅相同。</translation>
    </message>
    <message>
        <source>Not saved: please correct the field marked in red.</source>
        <translation>未保存：请改正标红的项目。</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Saved (%1 changed); the kiosk applies it within half a minute.</source>
        <translation>已保存（修改 %1 项），该信息亭将在半分钟内应用。</translation>
    </message>
</context>
<context>
    <name>LeaveKioskPage</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出信息亭模式</translation>
    </message>
    <message>
        <source>Closes the kiosk program and shows the computer&apos;s desktop, for maintenance. Residents cannot use the kiosk until it is started again (or the computer restarts).</source>
        <translation>关闭信息亭程序并显示电脑桌面，以便维护。在再次启动程序（或电脑重启）之前，群众无法使用信息亭。</translation>
    </message>
    <message>
        <source>Leave kiosk mode…</source>
        <translation>退出信息亭模式…</translation>
    </message>
    <message>
        <source>Close the kiosk program now?</source>
        <translation>现在关闭信息亭程序吗？</translation>
    </message>
    <message>
        <source>The screen will show the desktop until the kiosk is started again.</source>
        <translation>在信息亭再次启动之前，屏幕将显示电脑桌面。</translation>
    </message>
    <message>
        <source>Yes, leave kiosk mode</source>
        <translation>是，退出</translation>
    </message>
    <message>
        <source>No, stay</source>
        <translation>否，不退出</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第%1项</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Administrator sign-in</source>
        <translation>管理员登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>换一个人</translation>
    </message>
    <message>
        <source>For hall staff only. Residents: please tap Cancel to return.</source>
        <translation>仅限大厅工作人员使用。办事群众请点“取消”返回。</translation>
    </message>
    <message>
        <source>No PIN has been set up on this kiosk yet. The administrator sets PINs with the command: kiosk set-pin</source>
        <translation>本机尚未设置密码。管理员可用命令 kiosk set-pin 设置密码。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1: enter your PIN</source>
        <translation>%1，请输入密码</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>无法核对密码：%1</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs: try again in %1 min (at %2).</source>
        <translation>密码错误。错误次数过多，请%1分钟后（%2）再试。</translation>
    </message>
    <message>
        <source>Sign-in is locked after too many wrong PINs. Try again in %1 min (at %2).</source>
        <translation>密码错误次数过多，已暂停登录。请%1分钟后（%2）再试。</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>密码错误，还可以再试%1次。</translation>
    </message>
    <message>
        <source>Too many wrong PINs today: sign-in is closed until tomorrow. The administrator can reset the PIN.</source>
        <translation>今天密码错误次数过多，明天才能再登录。管理员可以重新设置密码。</translation>
    </message>
    <message>
        <source>This person has no PIN. Please ask the administrator.</source>
        <translation>此人还没有密码，请联系管理员。</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Which column is which</source>
        <translation>确认各列的含义</translation>
    </message>
    <message>
        <source>Which column is which (%1)</source>
        <translation>确认各列的含义（%1）</translation>
    </message>
    <message>
        <source>The table starts at row %1 of sheet %2. Each column below shows what it will be read as; change any that is wrong. Nothing is written until you have checked the result and tapped Import.</source>
        <translation>表头在工作表 %2 的第 %1 行。下面每一列后面是它将被读作的字段，不对的请改。检查结果并点按“导入”之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check with this mapping</source>
        <translation>按此对应关系检查</translation>
    </message>
</context>
<context>
    <name>MaterialTick</name>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>To supply</source>
        <translation>需补正</translation>
    </message>
    <message>
        <source>Why it has to be supplied:</source>
        <translation>补正原因：</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>Say what is wrong, e.g. the seal is missing</source>
        <translation>请填写具体原因，如：缺少单位公章</translation>
    </message>
</context>
<context>
    <name>MatterList</name>
    <message>
        <source>Done on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>Within %1 working days</source>
        <translation>%1个工作日内</translation>
    </message>
</context>
<context>
    <name>MattersSection</name>
    <message>
        <source>Most used service guides</source>
        <translation>事项使用排行</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <source>No guide was opened or printed in this period. Each guide a resident opens is counted here.</source>
        <translation>本期间没有人查看或打印办事指南。居民每打开一次办事指南，都会统计在这里。</translation>
    </message>
</context>
<context>
    <name>MissingNoticePage</name>
    <message>
        <source>Life event: %1</source>
        <translation>一件事：%1</translation>
    </message>
    <message>
        <source>%1 matters, one notice</source>
        <translation>含 %1 个事项，开一张告知单</translation>
    </message>
    <message>
        <source>No installed font has %1: the notice prints 〓 in its place. Write the character in by hand on both copies, or ask the administrator to install the fonts named in the README.</source>
        <translation>没有字体能显示和打印 %1：告知单上会印成「〓」。请在两份告知单上手写补上该字，或请管理员安装说明文档中列出的字体。</translation>
    </message>
    <message>
        <source>Missing-materials notice</source>
        <translation>补正材料一次性告知</translation>
    </message>
    <message>
        <source>Tell the applicant everything that is missing, all at once (行政许可法 §32). First choose the matter.</source>
        <translation>申请材料不齐全或者不符合法定形式的，应当一次告知申请人需要补正的全部内容（《行政许可法》第三十二条）。请先选择办理事项。</translation>
    </message>
    <message>
        <source>Matter name, pinyin initials or code</source>
        <translation>事项名称、拼音首字母或事项编码</translation>
    </message>
    <message>
        <source>Applicant (optional)</source>
        <translation>申请人（选填）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Rare character…</source>
        <translation>生僻字…</translation>
    </message>
    <message>
        <source>Change matter</source>
        <translation>重新选择事项</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The applicant&apos;s situation</source>
        <translation>申请人情形</translation>
    </message>
    <message>
        <source>Materials (%1)</source>
        <translation>申请材料（共%1项）</translation>
    </message>
    <message>
        <source>Mark each material the applicant handed in; for each missing one, say why.</source>
        <translation>逐项标记申请人已提交的材料；需补正的材料请选择补正原因。</translation>
    </message>
    <message>
        <source>Answer every question about the applicant&apos;s situation first.</source>
        <translation>请先回答全部情形问题。</translation>
    </message>
    <message>
        <source>Say what is wrong with material %1.</source>
        <translation>请填写第%1项材料的补正原因。</translation>
    </message>
    <message>
        <source>Check the notice, then issue it</source>
        <translation>请核对告知单，确认后出具</translation>
    </message>
    <message>
        <source>Received: %1 · To supply: %2</source>
        <translation>已收到：%1项 · 需补正：%2项</translation>
    </message>
    <message>
        <source>Issuing gives the notice the next serial number and keeps it in the archive.</source>
        <translation>出具后按顺序生成告知单编号，并自动存档。</translation>
    </message>
    <message>
        <source>Preparing the notice…</source>
        <translation>正在生成告知单…</translation>
    </message>
    <message>
        <source>Back to edit</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>Issue and print 2 copies</source>
        <translation>出具并打印（一式两份）</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>新建告知单</translation>
    </message>
    <message>
        <source>The notice could not be prepared.</source>
        <translation>告知单生成失败。</translation>
    </message>
    <message>
        <source>Issuing the notice…</source>
        <translation>正在出具告知单…</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>告知单已出具</translation>
    </message>
    <message>
        <source>Kept in the archive; it can be reprinted under this number.</source>
        <translation>已存档，可凭此编号补打。</translation>
    </message>
    <message>
        <source>2 copies printed: one for the applicant to sign and keep, one for the file.</source>
        <translation>已打印一式两份：一份由申请人签收留存，一份存档。</translation>
    </message>
    <message>
        <source>The database cannot be reached and this kiosk&apos;s reserved serial numbers are used up, so the notice carries a provisional number. It gets its serial number as soon as the kiosk is back online; then reprint it under either number (Reprint a notice).</source>
        <translation>数据库暂时无法访问，本机预留的告知单编号已用完，所以这份告知单使用临时编号。信息亭恢复联网后会自动补上正式编号；之后可在「补打告知单」中按任一编号补打。</translation>
    </message>
    <message>
        <source>Tick every one that applies.</source>
        <translation>符合的都请勾选。</translation>
    </message>
</context>
<context>
    <name>MonthsSection</name>
    <message>
        <source>Ratings by month</source>
        <translation>服务评价·按月份</translation>
    </message>
    <message>
        <source>Month (ratings)</source>
        <translation>月份（评价数）</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>The chart shows the satisfied share of overall satisfaction.</source>
        <translation>图中为整体满意度的满意率。</translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation>本期间没有评价。</translation>
    </message>
</context>
<context>
    <name>NightScreen</name>
    <message>
        <source>Touch the screen to use the kiosk</source>
        <translation>轻触屏幕即可使用</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>There are no notices at the moment.</source>
        <translation>目前没有通知公告。</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>%1发布</translation>
    </message>
    <message>
        <source>Shown until %1</source>
        <translation>展示至%1</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>OpinionCard</name>
    <message>
        <source>no contact left</source>
        <translation>未留联系方式</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <source>Why (needed when not adopted; how, when adopted)</source>
        <translation>理由(不采纳时必填；采纳时可写如何采纳)</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not adopted: %1</source>
        <translation>不采纳：%1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>Choose adopted or not adopted first.</source>
        <translation>请先选择采纳或不采纳。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>Opinions on plans (预公开意见)</source>
        <translation>预公开意见</translation>
    </message>
    <message>
        <source>Plans, newest first</source>
        <translation>预公开方案(最新的在前)</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV 文件…</translation>
    </message>
    <message>
        <source>Publish the decision…</source>
        <translation>发布决定…</translation>
    </message>
    <message>
        <source>Opinions: %1</source>
        <translation>%1 条意见</translation>
    </message>
    <message>
        <source>shown from %1</source>
        <translation>%1 起公开</translation>
    </message>
    <message>
        <source>opinions closed on %1</source>
        <translation>意见征集已于 %1 截止</translation>
    </message>
    <message>
        <source>taking opinions until %1</source>
        <translation>征集意见至 %1</translation>
    </message>
    <message>
        <source>taking opinions</source>
        <translation>正在征集意见</translation>
    </message>
    <message>
        <source>decided and published</source>
        <translation>已决定并正式公布</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已存档</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>the plan no longer exists</source>
        <translation>该方案已不存在</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>暂无预公开方案</translation>
    </message>
    <message>
        <source>Plans published under Pre-disclosure (预公开) are listed here with the opinions residents leave on them at the kiosk.</source>
        <translation>在“预公开”栏目发布的方案列在这里，并附有群众在信息亭提交的意见。</translation>
    </message>
    <message>
        <source>No opinions on this plan yet.</source>
        <translation>该方案暂无意见。</translation>
    </message>
    <message>
        <source>Support %1</source>
        <translation>支持 %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>反对 %1</translation>
    </message>
    <message>
        <source>Other %1</source>
        <translation>其他 %1</translation>
    </message>
    <message>
        <source>Adopted %1</source>
        <translation>已采纳 %1</translation>
    </message>
    <message>
        <source>Not adopted %1</source>
        <translation>未采纳 %1</translation>
    </message>
    <message>
        <source>Not answered %1</source>
        <translation>待答复 %1</translation>
    </message>
    <message>
        <source>Decision published %1 (the plan and its opinions are archived)</source>
        <translation>决定已于 %1 发布(方案及意见已存档)</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>What the opinions said</source>
        <translation>意见采纳情况</translation>
    </message>
    <message>
        <source>How the plan changed</source>
        <translation>方案调整情况</translation>
    </message>
    <message>
        <source>The decision is published: the kiosk shows it where the plan was.</source>
        <translation>决定已发布：信息亭在原方案位置显示。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>采纳情况</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV file</source>
        <translation>选择保存 CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>打开目标文件夹，然后点按“使用此文件夹”。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PredisclosureScreen</name>
    <message>
        <source>Plans for comment</source>
        <translation>预公开征求意见</translation>
    </message>
    <message>
        <source>These plans are published before a decision is made. Read them and tell us what you think.</source>
        <translation>以下事项在作出决定前预先公开，欢迎您阅读并提出意见建议。</translation>
    </message>
    <message>
        <source>No plans are open for comment at the moment.</source>
        <translation>目前没有正在征求意见的预公开事项。</translation>
    </message>
    <message>
        <source>Decisions on earlier plans</source>
        <translation>已作出的决定</translation>
    </message>
    <message>
        <source>What was decided after residents gave their opinions, and how the plan changed.</source>
        <translation>听取群众意见后作出的决定，以及方案因此作出的调整。</translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <translation>决定日期：%1</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>What residents said</source>
        <translation>意见采纳情况</translation>
    </message>
    <message>
        <source>How the plan changed</source>
        <translation>方案调整情况</translation>
    </message>
    <message>
        <source>Give your opinion</source>
        <translation>提意见</translation>
    </message>
    <message>
        <source>The period for opinions has ended. Thank you for your interest.</source>
        <translation>征求意见已截止，感谢您的关注。</translation>
    </message>
    <message>
        <source>Opinions until: %1</source>
        <translation>征求意见截止：%1</translation>
    </message>
    <message>
        <source>This plan is no longer open for comment.</source>
        <translation>该事项已不再征求意见。</translation>
    </message>
    <message>
        <source>Your opinion</source>
        <translation>提出意见</translation>
    </message>
    <message>
        <source>Do you support this plan? (optional)</source>
        <translation>您是否支持这个方案？(可不选)</translation>
    </message>
    <message>
        <source>What do you think of this plan?</source>
        <translation>您对该事项有什么意见或建议？</translation>
    </message>
    <message>
        <source>Tap here to type your opinion</source>
        <translation>点击此处输入您的意见</translation>
    </message>
    <message>
        <source>Contact (optional): a phone number or name, if you would like a reply</source>
        <translation>联系方式（选填）：如需答复，请留下电话或姓名</translation>
    </message>
    <message>
        <source>Send opinion</source>
        <translation>提交意见</translation>
    </message>
    <message>
        <source>I support it</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>I am against it</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Type your opinion first; then you can send it.</source>
        <translation>请先填写意见，然后提交。</translation>
    </message>
    <message>
        <source>Sorry, the period for opinions on this plan has just ended.</source>
        <translation>抱歉，该事项的征求意见期刚刚截止。</translation>
    </message>
    <message>
        <source>Sorry, your opinion could not be saved. Please try again, or tell our staff.</source>
        <translation>抱歉，您的意见未能保存。请再试一次，或告知工作人员。</translation>
    </message>
    <message>
        <source>Thank you for your opinion</source>
        <translation>感谢您的意见</translation>
    </message>
    <message>
        <source>It will be read and considered before the decision is made.</source>
        <translation>我们将在作出决定前认真研究您的意见。</translation>
    </message>
    <message>
        <source>See all plans</source>
        <translation>查看全部预公开事项</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>关闭预览</translation>
    </message>
</context>
<context>
    <name>PrintChecklistDialog</name>
    <message>
        <source>Print the checklist</source>
        <translation>打印一次性告知单</translation>
    </message>
    <message>
        <source>Check the list on the paper, then tap Print.</source>
        <translation>请核对材料清单，确认无误后点击“打印”。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preparing the checklist…</source>
        <translation>正在生成材料清单…</translation>
    </message>
    <message>
        <source>The checklist cannot be printed now. Please ask at the window.</source>
        <translation>暂时无法打印材料清单，请到窗口咨询。</translation>
    </message>
    <message>
        <source>The checklist could not be prepared.</source>
        <translation>材料清单生成失败。</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>取消打印</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Getting the printer ready…</source>
        <translation>正在准备打印机…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Saved, not printed</source>
        <translation>已保存，未打印</translation>
    </message>
    <message>
        <source>No printer is connected; the notice was saved for the staff to print.</source>
        <translation>本机未连接打印机，告知单已保存，可请工作人员代为打印。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>打印完成</translation>
    </message>
    <message>
        <source>Please take your paper from the printer.</source>
        <translation>请从打印机取走告知单。</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Scan this code with your phone to take the list with you.</source>
        <translation>请用手机扫描二维码，保存材料清单。</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress of notices</source>
        <translation>办件进度</translation>
    </message>
    <message>
        <source>Set where each application stands; residents see it at the kiosk by the notice&apos;s progress code.</source>
        <translation>登记每件补正告知单的办理状态;居民在一体机上输入告知单上的进度查询码即可查看。</translation>
    </message>
    <message>
        <source>Serial number, e.g. 0012</source>
        <translation>告知单编号，如 0012</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>The database does not answer; try again in a moment.</source>
        <translation>数据库暂时无法访问,请稍后再试。</translation>
    </message>
    <message>
        <source>not yet delivered</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <source>No notice chosen.</source>
        <translation>未选择告知单。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 已更新为「%2」。</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Progress of my application</source>
        <translation>办件进度</translation>
    </message>
    <message>
        <source>Type the 10-digit progress code printed under the serial of your notice.</source>
        <translation>请输入告知单编号下方的 10 位进度查询码。</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Scan the QR code of my notice</source>
        <translation>扫描告知单二维码</translation>
    </message>
    <message>
        <source>No code could be read. Please type the code, or ask at the window.</source>
        <translation>没有读到查询码,请用数字键输入,或到窗口询问。</translation>
    </message>
    <message>
        <source>No notice has this code. Please check the code on your notice.</source>
        <translation>没有找到这个查询码,请核对告知单上的号码。</translation>
    </message>
    <message>
        <source>Too many wrong codes. Please wait %1 seconds, or ask at the window.</source>
        <translation>输错次数过多,请等 %1 秒后再试,或到窗口询问。</translation>
    </message>
    <message>
        <source>Hold the QR code marked 扫码保存补正清单 (top right of your notice) in front of the camera.</source>
        <translation>请把告知单右上角标着“扫码保存补正清单”的二维码对准摄像头。</translation>
    </message>
    <message>
        <source>That is not the code to show. Hold the QR code marked 扫码保存补正清单 to the camera.</source>
        <translation>这不是要扫的二维码。请把标着“扫码保存补正清单”的二维码对准摄像头。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your notice&apos;s progress appears here: the status, the dates and what is still missing.</source>
        <translation>查询结果显示在这里:办理状态、日期和还缺的材料。</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>告知单 %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态:%1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Still missing (%1)</source>
        <translation>仍需补正的材料(%1项)</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>材料已补齐。</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>办理窗口:%1</translation>
    </message>
</context>
<context>
    <name>PublishAtDialog</name>
    <message>
        <source>Publish at a date</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Publish then</source>
        <translation>按此时间发布</translation>
    </message>
</context>
<context>
    <name>RareCharDialog</name>
    <message>
        <source>Rare character</source>
        <translation>生僻字</translation>
    </message>
    <message>
        <source>Type the character&apos;s pinyin (zhe, yan3) or its code (2A6A5, U+4DAE), then tap it.</source>
        <translation>输入该字的拼音（如 zhe、yan3）或 Unicode 编码（如 2A6A5、U+4DAE），再点选该字。</translation>
    </message>
    <message>
        <source>Pinyin or Unicode code</source>
        <translation>拼音或 Unicode 编码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>共 %1 个字</translation>
    </message>
    <message>
        <source>no font</source>
        <translation>无字体</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>整体满意度</translation>
    </message>
    <message>
        <source>Service efficiency</source>
        <translation>服务效率</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Anonymous: we do not ask who you are. Tap one answer in each of the four rows.</source>
        <translation>匿名评价，不记录您的身份。请在下面四项中各选一个评价。</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <source>Which window served you? (optional)</source>
        <translation>为您办理的窗口（选填）</translation>
    </message>
    <message>
        <source>Anything else to tell us? (optional)</source>
        <translation>意见建议（选填）</translation>
    </message>
    <message>
        <source>Tap here to type, e.g. what went well or what we should improve</source>
        <translation>点击此处输入，例如哪里做得好、哪里需要改进</translation>
    </message>
    <message>
        <source>Contact (optional): a phone number, only if you would like to hear what we did about it</source>
        <translation>联系方式(可不填)：如希望我们告知处理结果，请留电话</translation>
    </message>
    <message>
        <source>Thank you for your rating</source>
        <translation>感谢您的评价</translation>
    </message>
    <message>
        <source>It has been recorded anonymously and helps us improve our service.</source>
        <translation>您的评价已匿名提交，我们将据此不断改进服务。</translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <translation>还需评价：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All four rows answered. Tap Submit rating to send it.</source>
        <translation>四项均已评价，请点击“提交评价”。</translation>
    </message>
    <message>
        <source>Sorry, your rating could not be saved. Please try again, or tell our staff.</source>
        <translation>抱歉，您的评价未能保存。请再试一次，或告知工作人员。</translation>
    </message>
</context>
<context>
    <name>ReprintPage</name>
    <message>
        <source>Reprint a notice</source>
        <translation>告知单补打</translation>
    </message>
    <message>
        <source>Serial number, e.g. 0012</source>
        <translation>告知单编号，如 0012</translation>
    </message>
    <message>
        <source>Matter name or code</source>
        <translation>事项名称或编码</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Choose days…</source>
        <translation>自选日期…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>共找到%1份</translation>
    </message>
    <message>
        <source>%1 to supply</source>
        <translation>需补正%1项</translation>
    </message>
    <message>
        <source>Printed exactly as issued; the applicant&apos;s phone is masked.</source>
        <translation>按出具时的原样打印，申请人电话已隐去部分号码。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Preparing the notice…</source>
        <translation>正在生成告知单…</translation>
    </message>
    <message>
        <source>The notice could not be prepared.</source>
        <translation>告知单生成失败。</translation>
    </message>
    <message>
        <source>Printed. Please take the paper.</source>
        <translation>打印完成，请取走告知单。</translation>
    </message>
    <message>
        <source>issued offline, not sent yet</source>
        <translation>离线开出，尚未送出</translation>
    </message>
    <message>
        <source>Not printed only</source>
        <translation>只看未打印</translation>
    </message>
    <message>
        <source>%1 notices were issued but never printed. Tap one to print it now.</source>
        <translation>有 %1 份告知单已发放编号但没有打印出来,请点击逐份补打。</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>This notice was issued but never printed. Print the two copies now: one for the applicant, one for the file.</source>
        <translation>这份告知单已发放编号,但没有打印出来。请现在打印一式两份:一份交申请人,一份存档。</translation>
    </message>
    <message>
        <source>Print 2 copies</source>
        <translation>打印一式两份</translation>
    </message>
</context>
<context>
    <name>RoleLimitedPage</name>
    <message>
        <source>This kiosk connects to the hall&apos;s database with the kiosk account, which may show published content and take ratings, opinions and notices, but not change content or settings. Please do this on the office PC (kiosk admin, with the admin account).</source>
        <translation>本机以信息亭账号连接大厅数据库：可以显示已发布的内容、接收评价、意见和告知单，但不能修改内容或设置。请在办公室电脑上操作（kiosk admin，使用管理账号）。</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <source>Dim outside opening hours</source>
        <translation>非办公时间自动息屏</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Holidays: the hall is closed (法定节假日)</source>
        <translation>节假日：大厅不办公（法定节假日）</translation>
    </message>
    <message>
        <source>Weekend days the hall works (调休), with Monday&apos;s hours</source>
        <translation>调休上班的周末日期（按星期一的时间办公）</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>e.g. 2026-10-01 2026-10-02</source>
        <translation>例如 2026-10-01 2026-10-02</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not like 08:00-12:00.</source>
        <translation>%1：「%2」应写成 08:00-12:00 这样的时间段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-10-01.</source>
        <translation>「%1」不是 2026-10-01 这样的日期。</translation>
    </message>
</context>
<context>
    <name>ScrollScreen</name>
    <message>
        <source>Back to home</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>搜索事项</translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials, e.g. ylbx</source>
        <translation>输入事项名称、拼音或首字母，如 ylbx</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Results appear as you type.</source>
        <translation>边输入边显示结果。</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到%1项</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters, or browse by theme.</source>
        <translation>没有找到。请少输几个字母，或按主题查找。</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Search by name or pinyin initials…</source>
        <translation>按名称或拼音首字母搜索…</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>按拼音</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation>无操作返回时间</translation>
    </message>
    <message>
        <source>After this long without a touch the kiosk goes back to the home screen and forgets what was entered; a staff or admin session ends too. Applies at once.</source>
        <translation>超过这段时间无人触摸，信息亭回到首页并清除已输入的内容；工作人员或管理员的登录也随之结束。保存后立即生效。</translation>
    </message>
    <message>
        <source>Attract loop</source>
        <translation>待机轮播</translation>
    </message>
    <message>
        <source>While nobody uses the kiosk it shows notices and rules one after another: the next one after this long. Applies the next time the loop starts.</source>
        <translation>无人使用时，信息亭依次轮播通知和制度：每条显示这么长时间后换下一条。下次开始轮播时生效。</translation>
    </message>
    <message>
        <source>Unanswered call for staff</source>
        <translation>呼叫帮办升级时间</translation>
    </message>
    <message>
        <source>A resident&apos;s 呼叫工作人员 that nobody took this long turns red in every console and rings again.</source>
        <translation>居民按下「呼叫工作人员」后,超过这个时间仍无人响应,所有管理后台里的呼叫会变成红色并再次响铃。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the kiosk&apos;s screens. Residents can still switch with the language button at the top. Applies at once.</source>
        <translation>信息亭界面的语言。群众仍可用顶部的语言按钮切换。保存后立即生效。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>屏幕方向</translation>
    </message>
    <message>
        <source>Automatic: the kiosk fills the screen and arranges itself for its shape. Landscape or portrait: the kiosk keeps that shape. On a screen of the other shape (a monitor turned upright whose rotation is not yet set in the system&apos;s display settings) it uses the largest area of that shape in the middle. To fill the glass, rotate the display in the system settings. Applies at once.</source>
        <translation>自动：信息亭铺满屏幕，并按屏幕形状排版。横屏或竖屏：信息亭保持该形状；如果屏幕是另一种形状（例如显示器已竖着安装，但系统显示设置里还没有旋转），就在屏幕中间使用该形状的最大区域。要铺满整块屏幕，请在系统的显示设置中旋转屏幕。保存后立即生效。</translation>
    </message>
    <message>
        <source>Notice serial prefix</source>
        <translation>告知单编号前缀</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>A backup is made every day; older ones are deleted so that this many remain in the backup folder.</source>
        <translation>系统每天备份一次；较早的备份会被删除，备份文件夹中只保留这么多份。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Where backups are written. A folder on another disk (a USB disk that stays plugged in) survives a broken kiosk disk.</source>
        <translation>备份写入的位置。选在另一块磁盘上（例如一直插着的U盘），信息亭的硬盘坏了备份也还在。</translation>
    </message>
    <message>
        <source>Settings (设置)</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <source>Save into a folder</source>
        <translation>保存到文件夹</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Where notices are printed. Automatic: the system&apos;s default printer, or the folder when there is none. The test page prints on the choice shown here, saved or not.</source>
        <translation>告知单打印到哪里。自动：系统默认打印机，没有打印机时保存到文件夹。测试页按这里当前的选择打印，无论是否已保存。</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请改正标红的项目。</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>无需保存：没有修改任何设置。</translation>
    </message>
    <message>
        <source>Saved and applied (%1 changed).</source>
        <translation>已保存并生效（修改了 %1 项）。</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>超出允许范围。</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>请从选项中选择一项。</translation>
    </message>
    <message>
        <source>1 to 20 characters.</source>
        <translation>应为 1 至 20 个字符。</translation>
    </message>
    <message>
        <source>No spaces, please.</source>
        <translation>不能包含空格。</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>请先选择文件夹。</translation>
    </message>
    <message>
        <source>Staff notices are numbered %1告〔%2〕0001号. Empty: the hall&apos;s short name. 1 to 20 characters, no spaces. Applies to the next notice issued.</source>
        <translation>补正告知单的编号形如 %1告〔%2〕0001号。留空则使用大厅简称。1 至 20 个字符，不能有空格。从下一张告知单起生效。</translation>
    </message>
    <message>
        <source>Automatic: the system&apos;s default printer</source>
        <translation>自动：系统默认打印机</translation>
    </message>
    <message>
        <source>Printer %1 (not found now)</source>
        <translation>打印机 %1（现在找不到）</translation>
    </message>
    <message>
        <source>Choose the folder for printed notices</source>
        <translation>选择保存告知单的文件夹</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>正在打印测试页…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>打开目标文件夹，然后点按“使用此文件夹”。</translation>
    </message>
    <message>
        <source>Serial numbers held for offline use</source>
        <translation>离线备用编号数量</translation>
    </message>
    <message>
        <source>Each kiosk on a shared database reserves this many notice serial numbers while it is online, so that staff notices issued while the server cannot be reached still get a serial no other kiosk gives out. When they are used up, notices print with a provisional number and get their serial once the kiosk is back online. Numbers a kiosk reserved and did not use are skipped. 0: reserve none. Applies when each kiosk next reserves numbers.</source>
        <translation>共用数据库的每台信息亭联网时预留这么多个告知单编号，服务器无法访问时开出的补正告知单仍有不会与其他信息亭重复的编号。用完后，告知单以临时编号打印，恢复联网后补上正式编号。预留而未用的编号会被跳过。0 表示不预留。各信息亭下次预留编号时生效。</translation>
    </message>
    <message>
        <source>Warning before the idle reset</source>
        <translation>返回首页前的提醒</translation>
    </message>
    <message>
        <source>Before the kiosk goes back to the home screen, a large countdown asks whether the resident is still there; any touch keeps what they entered. At least 20 seconds, and shorter than the idle time. Not shown at the home screen, where nothing would be lost.</source>
        <translation>信息亭返回首页之前，会先显示醒目的倒计时，询问群众是否还在使用；轻触屏幕任意位置即可保留已输入的内容。至少 20 秒，且要短于无操作时间。停在首页时不会丢失任何内容，因此不显示提醒。</translation>
    </message>
    <message>
        <source>Screen schedule</source>
        <translation>息屏时间</translation>
    </message>
    <message>
        <source>Outside the opening hours, and on holidays, the kiosk shows a dark screen with a small moving clock (a lit, unchanging picture burns into the screen overnight). A touch shows the kiosk; it dims again after the idle time. Write each day&apos;s hours like 08:00-12:00, 14:00-18:00; leave a day empty when the hall is closed. Applies within half a minute.</source>
        <translation>非办公时间和节假日，信息亭显示黑色屏幕和一个缓慢移动的小时钟（整夜亮着不变的画面会在屏幕上留下残影）。轻触屏幕即可使用，无操作一段时间后再次息屏。每天的办公时间写成 08:00-12:00, 14:00-18:00；不办公的日子留空。半分钟内生效。</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>状态报告间隔</translation>
    </message>
    <message>
        <source>How often each kiosk reports to Device health (设备状态): its printer, disk, last error and what waits to be sent.</source>
        <translation>每台信息亭多久向设备状态报告一次：打印机、磁盘、最近的错误和待发送的内容。</translation>
    </message>
    <message>
        <source>Red when silent for</source>
        <translation>多久没消息显示为红色</translation>
    </message>
    <message>
        <source>A kiosk not heard from for this long is shown red on Device health. At least two heartbeats.</source>
        <translation>超过这个时间没有收到某台信息亭的消息，设备状态中就把它标为红色。至少为报告间隔的两倍。</translation>
    </message>
    <message>
        <source>The warning must be shorter than the idle time.</source>
        <translation>提醒时间必须短于无操作时间。</translation>
    </message>
    <message>
        <source>At least twice the heartbeat.</source>
        <translation>至少为状态报告间隔的两倍。</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This page cannot be shown right now.</source>
        <translation>这一页暂时无法显示，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Our staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>其他工作人员</translation>
    </message>
    <message>
        <source>The staff list has not been published yet.</source>
        <translation>工作人员信息尚未公布。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>整体满意度</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>服务效率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Statistics (统计)</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Missing-materials notices issued</source>
        <translation>已开具补正告知单</translation>
    </message>
    <message>
        <source>Opinions on plans</source>
        <translation>预公开意见</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Satisfied share</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>By window (overall satisfaction)</source>
        <translation>各窗口(整体满意度)</translation>
    </message>
    <message>
        <source>Satisfied share: very satisfied, satisfied or fairly satisfied, over all ratings.</source>
        <translation>满意率 =(非常满意 + 满意 + 基本满意)÷ 评价总数。</translation>
    </message>
    <message>
        <source>No resident has rated the service yet. Ratings made on the kiosk&apos;s 服务评价 screen are counted here.</source>
        <translation>还没有群众评价过服务。群众在信息亭“服务评价”页面提交的评价会统计在这里。</translation>
    </message>
    <message>
        <source>No ratings in this period. Tap All to count every rating.</source>
        <translation>此期间没有评价。点按“全部”可统计所有评价。</translation>
    </message>
    <message>
        <source>Everything the database holds.</source>
        <translation>全部数据。</translation>
    </message>
    <message>
        <source>From %1 to today.</source>
        <translation>自 %1 至今。</translation>
    </message>
    <message>
        <source>No window named</source>
        <translation>未选择窗口</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>打印报表（PDF）…</translation>
    </message>
    <message>
        <source>Export every table:</source>
        <translation>导出全部表格：</translation>
    </message>
    <message>
        <source>Satisfied share (overall)</source>
        <translation>整体满意率</translation>
    </message>
    <message>
        <source>Guides opened</source>
        <translation>指南查看次数</translation>
    </message>
    <message>
        <source>Checklists printed</source>
        <translation>清单打印次数</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>无结果搜索</translation>
    </message>
    <message>
        <source>The database does not answer: the figures cannot be counted now.</source>
        <translation>数据库暂时无法访问，现在无法统计，显示的仍是上次的数字。</translation>
    </message>
    <message>
        <source>Ratings (好差评)</source>
        <translation>服务评价（好差评）</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>自 %1 至 %2。</translation>
    </message>
    <message>
        <source>Choose a folder for the Excel file</source>
        <translation>选择保存 Excel 文件的文件夹</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV file</source>
        <translation>选择保存 CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>选择保存报表的文件夹</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>打开文件夹，然后点“使用这个文件夹”。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Calls for staff (answered)</source>
        <translation>呼叫帮办(已响应)</translation>
    </message>
    <message>
        <source>Median wait for staff (seconds)</source>
        <translation>帮办响应时间中位数(秒)</translation>
    </message>
</context>
<context>
    <name>SupervisionScreen</name>
    <message>
        <source>Complaints &amp; supervision</source>
        <translation>监督投诉</translation>
    </message>
    <message>
        <source>Not satisfied with our service? Tell us. Every complaint is recorded and answered.</source>
        <translation>对我们的服务不满意？请告诉我们。每一件投诉都会登记并答复。</translation>
    </message>
    <message>
        <source>All ways to complain or report</source>
        <translation>投诉举报渠道</translation>
    </message>
    <message>
        <source>Published handling results</source>
        <translation>投诉处理结果公开</translation>
    </message>
    <message>
        <source>No handling results have been published yet.</source>
        <translation>暂无公开的处理结果。</translation>
    </message>
    <message>
        <source>Poor ratings rectified on time: %1</source>
        <translation>差评按期整改率 %1</translation>
    </message>
    <message>
        <source>%1 rectifications published</source>
        <translation>差评整改公示 %1 件</translation>
    </message>
    <message>
        <source>%1 complaint results published</source>
        <translation>投诉处理结果 %1 件</translation>
    </message>
    <message>
        <source> (below)</source>
        <translation>(见下方)</translation>
    </message>
    <message>
        <source>Poor ratings and how we rectified them</source>
        <translation>差评整改公示</translation>
    </message>
    <message>
        <source>No poor rating has come due for rectification in the last 12 months.</source>
        <translation>近12个月没有到期的差评整改。</translation>
    </message>
    <message>
        <source>%1 rectified on time</source>
        <translation>按期整改率 %1</translation>
    </message>
    <message>
        <source>Of %1 poor ratings whose time limit has come, %2 were rectified within 15 working days.</source>
        <translation>已到整改期限的差评 %1 件，其中 %2 件在15个工作日内整改到位。</translation>
    </message>
    <message>
        <source>Poor ratings received since %1: %2. Every one is checked, rectified and answered.</source>
        <translation>%1 以来共收到差评 %2 件，件件核实、整改、回访。</translation>
    </message>
    <message>
        <source>Service in the hall</source>
        <translation>大厅服务</translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation>评价日期 %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>回访办结 %1</translation>
    </message>
    <message>
        <source>rectified on time</source>
        <translation>按期整改</translation>
    </message>
    <message>
        <source>rectified late</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>反映的问题</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Complaint phone</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Complaint box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>受理日期：%1</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>反映的问题</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>已输入 %1 字，最多 %2 字</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>%1个自然日</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Done within a promised time</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and photocopy</source>
        <translation>原件和复印件</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Paper and electronic</source>
        <translation>纸质+电子</translation>
    </message>
    <message>
        <source>Brought by the applicant</source>
        <translation>申请人自备</translation>
    </message>
    <message>
        <source>Issued by a government office</source>
        <translation>政府部门核发</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1份</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1份</translation>
    </message>
    <message>
        <source>No visit needed</source>
        <translation>无需到现场</translation>
    </message>
    <message>
        <source>%1 visit(s)</source>
        <translation>%1次</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>非必要</translation>
    </message>
    <message>
        <source>May follow later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费情况</translation>
    </message>
    <message>
        <source>Visits to the hall</source>
        <translation>到现场次数</translation>
    </message>
    <message>
        <source>Statutory time limit</source>
        <translation>法定办结时限</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>When</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source> (also on holidays)</source>
        <translation>（节假日照常办理）</translation>
    </message>
    <message>
        <source>Why a visit is needed: %1</source>
        <translation>需到现场的原因：%1</translation>
    </message>
    <message>
        <source>First, tell us about your situation</source>
        <translation>请先选择您的情况</translation>
    </message>
    <message>
        <source>The list of materials below changes with your answers.</source>
        <translation>下面的材料清单会随您的选择而变化。</translation>
    </message>
    <message>
        <source>How to fill in: %1</source>
        <translation>填写说明：%1</translation>
    </message>
    <message>
        <source>Accepted when: %1</source>
        <translation>受理标准：%1</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>空白表格</translation>
    </message>
    <message>
        <source>Filled-in example</source>
        <translation>示例样表</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>收费依据：%1</translation>
    </message>
    <message>
        <source>Reduction or exemption: %1</source>
        <translation>减免依据：%1</translation>
    </message>
    <message>
        <source>Contacts and result</source>
        <translation>咨询监督与办理结果</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Enquiries at this hall</source>
        <translation>本大厅咨询电话</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>监督投诉电话</translation>
    </message>
    <message>
        <source>Complaints to this hall</source>
        <translation>本大厅监督投诉电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Matter code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Q: %1</source>
        <translation>问：%1</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>答：%1</translation>
    </message>
    <message>
        <source>Administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Administrative enforcement</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>行政征收</translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>行政检查</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative award</source>
        <translation>行政奖励</translation>
    </message>
    <message>
        <source>Administrative ruling</source>
        <translation>行政裁决</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>其他行政权力</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>签字要求：%1</translation>
    </message>
    <message>
        <source>Review standard: %1</source>
        <translation>审查标准：%1</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>办理时间：%1</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>乘车路线：%1</translation>
    </message>
    <message>
        <source>Scan for the map: %1</source>
        <translation>扫码查看地图：%1</translation>
    </message>
    <message>
        <source>If you disagree with the decision</source>
        <translation>对办理结果有异议</translation>
    </message>
    <message>
        <source>Administrative review: %1</source>
        <translation>行政复议：%1</translation>
    </message>
    <message>
        <source>Lawsuit: %1</source>
        <translation>行政诉讼：%1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Tick every one that applies.</source>
        <translation>符合的都请勾选（可多选）。</translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message>
        <source>Sorry, something went wrong. Here is the home page again.</source>
        <translation>抱歉，出了点问题，已回到首页。</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <source>This part cannot be shown right now</source>
        <translation>这部分内容暂时无法显示</translation>
    </message>
    <message>
        <source>Please ask at the service window: our staff will help you.</source>
        <translation>请到服务窗口咨询，工作人员会为您办理。</translation>
    </message>
    <message>
        <source>The kiosk keeps trying and shows it by itself as soon as it can.</source>
        <translation>信息亭会自动重试，恢复后自动显示。</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1（另有 %2 条）</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <source>Not sure what you need? Ask me</source>
        <translation>不知道办什么？问我</translation>
    </message>
    <message>
        <source>These questions are not available now. Please ask at the window.</source>
        <translation>导办问题暂时无法使用，请到窗口咨询。</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>第%1个问题</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新选择</translation>
    </message>
    <message>
        <source>These services fit what you told us</source>
        <translation>根据您的回答，可以办理这些事项</translation>
    </message>
    <message>
        <source>Tap one to see what to bring and where to go.</source>
        <translation>点一项，看要带什么材料、到哪个窗口。</translation>
    </message>
</context>
</TS>
