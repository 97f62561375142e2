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
    <name>Console</name>
    <message>
        <source>Internal disclosures</source>
        <translation>对内公开</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出信息亭模式</translation>
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
        <source>Hall (大厅信息)</source>
        <translation>大厅信息</translation>
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
        <source>The guide takes effect on this day (计划生效日期); until then residents do not see it.</source>
        <translation>办事指南从这一天（计划生效日期）起生效，在此之前群众看不到。</translation>
    </message>
    <message>
        <source>Residents see it from this moment (发布时间) until its end, if it has one.</source>
        <translation>群众从这一时刻（发布时间）起可以看到，如设有下架时间，则到下架时为止。</translation>
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
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Materials to bring (%1)</source>
        <translation>申请材料（%1项）</translation>
    </message>
    <message>
        <source>Answer the questions above to see only what applies to you.</source>
        <translation>回答上面的问题后，只显示与您有关的材料。</translation>
    </message>
    <message>
        <source>Scan with your phone to take the checklist with you. Tap the code to enlarge it.</source>
        <translation>用手机扫码，把材料清单带走。点击二维码可放大。</translation>
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
        <source>Apply online</source>
        <translation>扫码网上办理</translation>
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
        <source>Complaints &amp; supervision</source>
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
        <source>Wrong PIN. Too many wrong PINs: sign-in is locked until %1.</source>
        <translation>密码错误。错误次数过多，%1之前不能登录。</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>密码错误，还可以再试%1次。</translation>
    </message>
    <message>
        <source>Sign-in is locked after too many wrong PINs. Try again after %1.</source>
        <translation>密码错误次数过多，已暂停登录。请在%1以后再试。</translation>
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
    <name>OfficeWindow</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
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
        <source>Complaints</source>
        <translation>监督投诉电话</translation>
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
</context>
</TS>
