<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PCAuth</source>
        <translation>关于 PCAuth</translation>
    </message>
    <message>
        <source>Partner consent, token health and test calls for Microsoft CSP partners.</source>
        <translation>面向 Microsoft CSP 合作伙伴的合作伙伴同意、令牌运行状况和测试调用。</translation>
    </message>
    <message>
        <source>&amp;Versions (for support requests):</source>
        <translation>版本(&amp;V)（用于支持请求）：</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>复制版本(&amp;C)</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <source>Released under the MIT License. Copyright 2026 PCAuth developers.</source>
        <translation>根据 MIT 许可证发布。版权所有 2026 PCAuth 开发者。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will my calls work?&lt;/b&gt;</source>
        <translation>&lt;b&gt;我的调用能否成功？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customers checked</source>
        <translation>已检查的客户</translation>
    </message>
    <message>
        <source>&amp;Check access</source>
        <translation>检查访问权限(&amp;C)</translation>
    </message>
    <message>
        <source>Check the selected profile: MFA, the app registration, GDAP relationships and the app&apos;s consent in every customer</source>
        <translation>检查所选配置文件：MFA、应用注册、GDAP 关系以及应用在每个客户中的同意</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>检查访问权限</translation>
    </message>
    <message>
        <source>Check &amp;all profiles</source>
        <translation>检查所有配置文件(&amp;A)</translation>
    </message>
    <message>
        <source>Check all profiles</source>
        <translation>检查所有配置文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>检查状态</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>Profiles and their access status</source>
        <translation>配置文件及其访问状态</translation>
    </message>
    <message>
        <source>Status colours</source>
        <translation>状态颜色</translation>
    </message>
    <message>
        <source>Status colour legend</source>
        <translation>状态颜色图例</translation>
    </message>
    <message>
        <source>&lt;b&gt;App health&lt;/b&gt; (partner tenant: MFA, the app registration, permissions)</source>
        <translation>&lt;b&gt;应用运行状况&lt;/b&gt;（合作伙伴租户：MFA、应用注册、权限）</translation>
    </message>
    <message>
        <source>App health</source>
        <translation>应用运行状况</translation>
    </message>
    <message>
        <source>GDAP relationships and customers</source>
        <translation>GDAP 关系和客户</translation>
    </message>
    <message>
        <source>&amp;GDAP relationships</source>
        <translation>GDAP 关系(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Ending within:</source>
        <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the GDAP relationships as CSV</source>
        <translation>将 GDAP 关系导出为 CSV</translation>
    </message>
    <message>
        <source>GDAP relationships</source>
        <translation>GDAP 关系</translation>
    </message>
    <message>
        <source>C&amp;ustomers and consent</source>
        <translation>客户和同意(&amp;U)</translation>
    </message>
    <message>
        <source>Select customers without the app&apos;s consent, then grant it from the partner side.</source>
        <translation>请选择尚未对该应用授予同意的客户，然后从合作伙伴侧授予同意。</translation>
    </message>
    <message>
        <source>G&amp;rant consent…</source>
        <translation>授予同意(&amp;R)…</translation>
    </message>
    <message>
        <source>Grant consent in the selected customers</source>
        <translation>在所选客户中授予同意</translation>
    </message>
    <message>
        <source>Customers: consent, GDAP and tasks</source>
        <translation>客户：同意、GDAP 和任务</translation>
    </message>
</context>
<context>
    <name>AppOnlyPage</name>
    <message>
        <source>App-only test</source>
        <translation>仅应用测试</translation>
    </message>
    <message>
        <source>Get a token with the app&apos;s own credentials (client secret or certificate), without a user, to check that the app registration and its credentials work. The token stays in memory on this page.</source>
        <translation>使用应用自身的凭据（客户端密码或证书）在没有用户的情况下获取令牌，以检查应用注册及其凭据是否有效。令牌只保留在此页面的内存中。</translation>
    </message>
    <message>
        <source>No suitable profile</source>
        <translation>没有合适的配置文件</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Profile with app credentials</source>
        <translation>具有应用凭据的配置文件</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>受众(&amp;A)：</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>C&amp;ustom URI:</source>
        <translation>自定义 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>Custom audience URI</source>
        <translation>自定义受众 URI</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Partner tenant (or a customer tenant id or domain)</source>
        <translation>合作伙伴租户（或客户租户 ID 或域）</translation>
    </message>
    <message>
        <source>&amp;Get app-only token</source>
        <translation>获取仅应用令牌(&amp;G)</translation>
    </message>
    <message>
        <source>Get app-only token</source>
        <translation>获取仅应用令牌</translation>
    </message>
    <message>
        <source>Client credentials grant with the profile&apos;s secret or certificate</source>
        <translation>使用配置文件的密码或证书进行客户端凭据授予</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting (Esc)</source>
        <translation>停止等待 (Esc)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Access token (redacted)</source>
        <translation>访问令牌（已隐去）</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>App id (appid/azp):</source>
        <translation>应用 ID (appid/azp)：</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>应用程序 ID</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation>应用程序角色</translation>
    </message>
    <message>
        <source>Tenant (tid):</source>
        <translation>租户 (tid)：</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <source>Audience (aud):</source>
        <translation>受众 (aud)：</translation>
    </message>
    <message>
        <source>Token audience</source>
        <translation>令牌受众</translation>
    </message>
    <message>
        <source>Identity type (idtyp):</source>
        <translation>标识类型 (idtyp)：</translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation>标识类型</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <source>Inspect token</source>
        <translation>检查令牌</translation>
    </message>
    <message>
        <source>Open the token in the token inspector</source>
        <translation>在令牌检查器中打开令牌</translation>
    </message>
    <message>
        <source>Test &amp;call</source>
        <translation>测试调用(&amp;C)</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>测试调用</translation>
    </message>
    <message>
        <source>Test call status</source>
        <translation>测试调用状态</translation>
    </message>
    <message>
        <source>Test call answer</source>
        <translation>测试调用响应</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Profiles with a stored refresh token come first.</source>
        <translation>已存储刷新令牌的配置文件排在前面。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Read the profile&apos;s customers from Partner Center (F5)</source>
        <translation>从合作伙伴中心读取该配置文件的客户 (F5)</translation>
    </message>
    <message>
        <source>Load customers</source>
        <translation>加载客户</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Stop loading or checking; rows already read are kept</source>
        <translation>停止加载或检查；已读取的行将保留</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Open the consent wizard for this profile</source>
        <translation>为此配置文件打开同意向导</translation>
    </message>
    <message>
        <source>Run consent</source>
        <translation>执行同意</translation>
    </message>
    <message>
        <source>&amp;Run consent…</source>
        <translation>执行同意(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Shows the customers whose name, domain or tenant id contains the text (Ctrl+F)</source>
        <translation>显示名称、域或租户 ID 包含该文本的客户 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>筛选客户</translation>
    </message>
    <message>
        <source>Filter by name, domain or tenant id</source>
        <translation>按名称、域或租户 ID 筛选</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>显示的客户</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>并发数(&amp;O)：</translation>
    </message>
    <message>
        <source>Customers checked at the same time</source>
        <translation>同时检查的客户数</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Get a Graph token in each selected customer&apos;s tenant and read its organization</source>
        <translation>在每个所选客户的租户中获取 Graph 令牌并读取其组织信息</translation>
    </message>
    <message>
        <source>Check access of the selected customers</source>
        <translation>检查所选客户的访问权限</translation>
    </message>
    <message>
        <source>Check &amp;access</source>
        <translation>检查访问权限(&amp;A)</translation>
    </message>
    <message>
        <source>Check access of all customers</source>
        <translation>检查所有客户的访问权限</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>全部检查(&amp;K)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Check the access of every loaded customer</source>
        <translation>检查对每个已加载客户的访问权限</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Health dashboard</source>
        <translation>运行状况仪表板</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Redeem the refresh token now (F5): restarts its 90-day inactivity window</source>
        <translation>立即兑换刷新令牌 (F5)：重新开始其 90 天不活动期限</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Run &amp;consent again</source>
        <translation>重新执行同意(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in again for this profile to get a new refresh token</source>
        <translation>为此配置文件重新登录以获取新的刷新令牌</translation>
    </message>
    <message>
        <source>Run consent again</source>
        <translation>重新执行同意</translation>
    </message>
    <message>
        <source>&amp;Test call</source>
        <translation>测试调用(&amp;T)</translation>
    </message>
    <message>
        <source>Open the request console for this profile or customer</source>
        <translation>为此配置文件或客户打开请求控制台</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>测试调用</translation>
    </message>
    <message>
        <source>&amp;Inspect token</source>
        <translation>检查令牌(&amp;I)</translation>
    </message>
    <message>
        <source>Fetch the current access token and open it in the token inspector (Enter)</source>
        <translation>获取当前访问令牌并在令牌检查器中打开 (Enter)</translation>
    </message>
    <message>
        <source>Inspect token</source>
        <translation>检查令牌</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the profile and its keychain items (Delete)</source>
        <translation>删除配置文件及其密钥链项 (Delete)</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Check c&amp;ustomers</source>
        <translation>检查客户(&amp;U)</translation>
    </message>
    <message>
        <source>Read the customer tenants and check access to each one</source>
        <translation>读取客户租户并检查对每个租户的访问权限</translation>
    </message>
    <message>
        <source>Check customers</source>
        <translation>检查客户</translation>
    </message>
    <message>
        <source>Start &amp;partner consent</source>
        <translation>开始合作伙伴同意(&amp;P)</translation>
    </message>
    <message>
        <source>Start partner consent</source>
        <translation>开始合作伙伴同意</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel running work</source>
        <translation>取消正在进行的操作</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>尚无配置文件</translation>
    </message>
    <message>
        <source>A profile holds the partner tenant, the app registration and, after the partner consent, the refresh token PCAuth keeps alive. Start with the partner consent; you sign in once with the integration account.</source>
        <translation>配置文件包含合作伙伴租户、应用注册，以及在合作伙伴同意之后 PCAuth 保持有效的刷新令牌。请从合作伙伴同意开始；你只需使用集成帐户登录一次。</translation>
    </message>
    <message>
        <source>Profiles and customers</source>
        <translation>配置文件和客户</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>所选行的详细信息</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Replace the client secret or certificate of the profile&apos;s app; the refresh token is kept</source>
        <translation>替换配置文件所用应用的客户端密码或证书；刷新令牌将保留</translation>
    </message>
    <message>
        <source>Replace credential</source>
        <translation>替换凭据</translation>
    </message>
    <message>
        <source>Replace cre&amp;dential…</source>
        <translation>替换凭据(&amp;D)…</translation>
    </message>
    <message>
        <source>Check acc&amp;ess</source>
        <translation>检查访问权限(&amp;E)</translation>
    </message>
    <message>
        <source>Check whether the profile&apos;s calls will work: MFA, the app&apos;s credentials, GDAP relationships and the app&apos;s consent in each customer</source>
        <translation>检查配置文件的调用能否成功：MFA、应用的凭据、GDAP 关系以及应用在每个客户中的同意</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>检查访问权限</translation>
    </message>
    <message>
        <source>Sign in with the partner&apos;s integration account: for the profile that has no consent yet, or for a new profile</source>
        <translation>使用合作伙伴的集成帐户登录：用于尚未同意的配置文件，或用于新的配置文件</translation>
    </message>
</context>
<context>
    <name>GrantConsentDialog</name>
    <message>
        <source>Grant consent</source>
        <translation>授予同意</translation>
    </message>
    <message>
        <source>What granting consent does</source>
        <translation>授予同意的作用</translation>
    </message>
    <message>
        <source>&amp;Permissions (Microsoft Graph):</source>
        <translation>权限(&amp;P)（Microsoft Graph）：</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated permissions to grant, comma-separated</source>
        <translation>要授予的 Microsoft Graph 委托权限，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Requests PCAuth will send:</source>
        <translation>PCAuth 将发送的请求(&amp;R)：</translation>
    </message>
    <message>
        <source>Requests PCAuth will send</source>
        <translation>PCAuth 将发送的请求</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>请求正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Body of the selected request</source>
        <translation>所选请求的正文</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>已响应的客户</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Result per customer:</source>
        <translation>每个客户的结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Result per customer</source>
        <translation>每个客户的结果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>授予(&amp;G)</translation>
    </message>
    <message>
        <source>Grant consent in these customers</source>
        <translation>在这些客户中授予同意</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the grant: send nothing more</source>
        <translation>取消授予：不再发送任何请求</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCAuth</source>
        <translation>PCAuth</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About PCAuth</source>
        <translation>关于 PCAuth(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New partner consent…</source>
        <translation>新建合作伙伴同意(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
</context>
<context>
    <name>PCAuth::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Access</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Grant consent from Partner Center (pcauthctl access grant-consent, or the Customers view), or ask an administrator of the customer to grant admin consent.</source>
        <translation>请通过合作伙伴中心授予同意（pcauthctl access grant-consent 或“客户”视图），或请客户的管理员授予管理员同意。</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>App not in tenant</source>
        <translation>应用不在租户中</translation>
    </message>
    <message>
        <source>No admin consent</source>
        <translation>无管理员同意</translation>
    </message>
    <message>
        <source>Permissions missing</source>
        <translation>缺少权限</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>The app has no admin consent in this customer tenant (AADSTS%1).</source>
        <translation>该应用在此客户租户中没有管理员同意（AADSTS%1）。</translation>
    </message>
    <message>
        <source>The app does not exist in this customer tenant (AADSTS700016).</source>
        <translation>该应用在此客户租户中不存在（AADSTS700016）。</translation>
    </message>
    <message>
        <source>Consent not checked: no token for this tenant (%1).</source>
        <translation>未检查同意：没有此租户的令牌（%1）。</translation>
    </message>
    <message>
        <source>Consent not checked.</source>
        <translation>未检查同意。</translation>
    </message>
    <message>
        <source>The app has no service principal in this customer tenant: it was never consented there.</source>
        <translation>该应用在此客户租户中没有服务主体：从未在该租户中对其授予同意。</translation>
    </message>
    <message>
        <source>Consent not checked: Graph refused to show the app&apos;s service principal (HTTP %1); the GDAP roles do not allow reading applications in this tenant.</source>
        <translation>未检查同意：Graph 拒绝显示该应用的服务主体（HTTP %1）；GDAP 角色不允许读取此租户中的应用程序。</translation>
    </message>
    <message>
        <source>Consent not checked: %1</source>
        <translation>未检查同意：%1</translation>
    </message>
    <message>
        <source>Consent not checked: the grants were not read.</source>
        <translation>未检查同意：未读取权限授予。</translation>
    </message>
    <message>
        <source>Consent not checked: the grants could not be read (%1).</source>
        <translation>未检查同意：无法读取权限授予（%1）。</translation>
    </message>
    <message>
        <source>The app is in this customer tenant but has no admin consent (no AllPrincipals grant).</source>
        <translation>该应用存在于此客户租户中，但没有管理员同意（没有 AllPrincipals 授予）。</translation>
    </message>
    <message>
        <source>The app&apos;s consent lacks %1.</source>
        <translation>该应用的同意缺少 %1。</translation>
    </message>
    <message>
        <source>Grant consent again with the missing permissions (the existing consent is removed first).</source>
        <translation>请使用缺少的权限重新授予同意（会先删除现有同意）。</translation>
    </message>
    <message>
        <source>The app is consented in this customer tenant (%1).</source>
        <translation>该应用已在此客户租户中获得同意（%1）。</translation>
    </message>
    <message>
        <source>Request a new GDAP relationship with least-privileged roles in Partner Center and have the customer approve it.</source>
        <translation>请在合作伙伴中心请求具有最低权限角色的新 GDAP 关系，并让客户批准。</translation>
    </message>
    <message>
        <source>A GDAP relationship has no &quot;id&quot;.</source>
        <translation>某个 GDAP 关系没有 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>The GDAP relationship %1 has no &quot;status&quot;.</source>
        <translation>GDAP 关系 %1 没有 &quot;status&quot;。</translation>
    </message>
    <message>
        <source>A GDAP access assignment has no &quot;id&quot;.</source>
        <translation>某个 GDAP 访问分配没有 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>Read users and licences</source>
        <translation>读取用户和许可证</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Consent to applications</source>
        <translation>对应用程序授予同意</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; expired on %2.</source>
        <translation>GDAP 关系“%1”已于 %2 过期。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; has expired.</source>
        <translation>GDAP 关系“%1”已过期。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is %2: its roles no longer work.</source>
        <translation>GDAP 关系“%1”的状态为 %2：其角色不再有效。</translation>
    </message>
    <message>
        <source>The GDAP request &quot;%1&quot; was not approved within %2 days and has lapsed.</source>
        <translation>GDAP 请求“%1”未在 %2 天内获得批准，已失效。</translation>
    </message>
    <message numerus="yes">
        <source>The GDAP request &quot;%1&quot; awaits the customer&apos;s approval; it lapses in %n day(s), on %2.</source>
        <translation>
            <numerusform>GDAP 请求“%1”正在等待客户批准；它将在 %n 天后（%2）失效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the customer the approval link from Partner Center again and ask them to approve.</source>
        <translation>请从合作伙伴中心再次向客户发送批准链接，并请客户批准。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is %2, not yet active: its roles do not work yet.</source>
        <translation>GDAP 关系“%1”的状态为 %2，尚未激活：其角色尚不可用。</translation>
    </message>
    <message>
        <source>Send the approval request to the customer from Partner Center.</source>
        <translation>请从合作伙伴中心向客户发送批准请求。</translation>
    </message>
    <message>
        <source>Wait a few minutes and check again.</source>
        <translation>请等待几分钟，然后再次检查。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; ended on %2.</source>
        <translation>GDAP 关系“%1”已于 %2 结束。</translation>
    </message>
    <message numerus="yes">
        <source>The GDAP relationship &quot;%1&quot; ends in %n day(s), on %2, and will not extend automatically.</source>
        <translation>
            <numerusform>GDAP 关系“%1”将在 %n 天后（%2）结束，且不会自动延期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on auto-extend (180 days) for the relationship in Partner Center, or request a new one.</source>
        <translation>请在合作伙伴中心为该关系启用自动延期（180 天），或请求新的关系。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; ends on %2 and extends automatically by %3 days.</source>
        <translation>GDAP 关系“%1”于 %2 结束，并将自动延期 %3 天。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is active until %2.</source>
        <translation>GDAP 关系“%1”处于活动状态，有效期至 %2。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is active.</source>
        <translation>GDAP 关系“%1”处于活动状态。</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; includes Global Administrator, so it cannot extend automatically.</source>
        <translation>GDAP 关系“%1”包含 Global Administrator 角色，因此无法自动延期。</translation>
    </message>
    <message>
        <source>Replace it with a relationship of least-privileged roles before it ends, which can then extend automatically.</source>
        <translation>请在其结束前将其替换为仅包含最低权限角色的关系，新关系即可自动延期。</translation>
    </message>
    <message>
        <source>GDAP relationships could not be read with this sign-in (see the profile&apos;s findings).</source>
        <translation>无法使用此登录读取 GDAP 关系（请参阅配置文件的检查结果）。</translation>
    </message>
    <message>
        <source>There is no GDAP relationship with this customer: delegated admin calls into its tenant fail.</source>
        <translation>与此客户之间没有 GDAP 关系：对其租户的委托管理员调用会失败。</translation>
    </message>
    <message>
        <source>No active GDAP role allows reading users and licences.</source>
        <translation>没有任何活动的 GDAP 角色允许读取用户和许可证。</translation>
    </message>
    <message>
        <source>Add one of these roles to the relationship: %1.</source>
        <translation>请向该关系添加以下角色之一：%1。</translation>
    </message>
    <message>
        <source>No security group is assigned the roles of &quot;%1&quot;: nobody in the partner tenant can use them.</source>
        <translation>没有任何安全组被分配“%1”的角色：合作伙伴租户中没有人可以使用这些角色。</translation>
    </message>
    <message>
        <source>The access assignments of &quot;%1&quot; are still pending.</source>
        <translation>“%1”的访问分配仍处于挂起状态。</translation>
    </message>
    <message>
        <source>Assign the relationship&apos;s roles to a security group in Partner Center (GDAP, Access assignments).</source>
        <translation>请在合作伙伴中心将该关系的角色分配给某个安全组（GDAP，访问分配）。</translation>
    </message>
    <message numerus="yes">
        <source>%n security group(s) hold the roles of &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n 个安全组拥有“%1”的角色。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph listed no GDAP relationship although the partner has %n customer(s): the signed-in user is probably not in the Admin Agents group.</source>
        <translation>
            <numerusform>尽管合作伙伴有 %n 个客户，Graph 未列出任何 GDAP 关系：已登录用户可能不在 Admin Agents 组中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the account to the Admin Agents group of the partner tenant, or run the partner consent with an account that is in it.</source>
        <translation>请将该帐户添加到合作伙伴租户的 Admin Agents 组，或使用该组中的帐户执行合作伙伴同意。</translation>
    </message>
    <message numerus="yes">
        <source>%n GDAP relationship(s) read.</source>
        <translation>
            <numerusform>已读取 %n 个 GDAP 关系。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center rejects this token&apos;s app+user calls: it carries no multi-factor authentication (code %1).</source>
        <translation>合作伙伴中心拒绝此令牌的应用+用户调用：该令牌不包含多重身份验证（代码 %1）。</translation>
    </message>
    <message>
        <source>Sign in again through the partner consent and complete multi-factor authentication. App-only calls are not affected.</source>
        <translation>请通过合作伙伴同意重新登录并完成多重身份验证。仅应用调用不受影响。</translation>
    </message>
    <message>
        <source>Partner Center counts this token as MFA-compliant.</source>
        <translation>合作伙伴中心认为此令牌符合 MFA 要求。</translation>
    </message>
    <message>
        <source>Partner Center answers this token&apos;s calls but does not count it as MFA-compliant: they will fail once MFA is enforced.</source>
        <translation>合作伙伴中心会响应此令牌的调用，但不认为它符合 MFA 要求：一旦强制执行 MFA，这些调用将失败。</translation>
    </message>
    <message>
        <source>Sign in again through the partner consent and complete multi-factor authentication.</source>
        <translation>请通过合作伙伴同意重新登录并完成多重身份验证。</translation>
    </message>
    <message>
        <source>Partner Center did not say whether the token is MFA-compliant; the token&apos;s own claims: %1.</source>
        <translation>合作伙伴中心未说明该令牌是否符合 MFA 要求；令牌自身的声明：%1。</translation>
    </message>
    <message>
        <source>The MFA probe failed: %1</source>
        <translation>MFA 探测失败：%1</translation>
    </message>
    <message>
        <source>An MFA adoption entry has no &quot;applicationId&quot;.</source>
        <translation>某个 MFA 采用条目没有 &quot;applicationId&quot;。</translation>
    </message>
    <message>
        <source>An MFA adoption entry has no valid &quot;loginDate&quot;.</source>
        <translation>某个 MFA 采用条目没有有效的 &quot;loginDate&quot;。</translation>
    </message>
    <message>
        <source>Partner Center recorded no app+user requests of this app in the last 30 days.</source>
        <translation>合作伙伴中心在过去 30 天内未记录此应用的任何应用+用户请求。</translation>
    </message>
    <message>
        <source>Find the jobs that use an old token without MFA and run the partner consent again with MFA for them.</source>
        <translation>请找出使用无 MFA 旧令牌的作业，并为它们重新执行带 MFA 的合作伙伴同意。</translation>
    </message>
    <message>
        <source>A credential of the app has no &quot;keyId&quot;.</source>
        <translation>应用的某个凭据没有 &quot;keyId&quot;。</translation>
    </message>
    <message>
        <source>The credential %1 of the app has no valid &quot;endDateTime&quot;.</source>
        <translation>应用的凭据 %1 没有有效的 &quot;endDateTime&quot;。</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; of the app expired on %3.</source>
        <translation>应用的%1“%2”已于 %3 过期。</translation>
    </message>
    <message>
        <source>Remove it from the app registration.</source>
        <translation>请将其从应用注册中删除。</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s credential with a valid one and remove the expired one from the app registration.</source>
        <translation>请将配置文件的凭据替换为有效凭据，并从应用注册中删除已过期的凭据。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 &quot;%2&quot; of the app expires in %n day(s), on %3; Microsoft sends no reminder.</source>
        <translation>
            <numerusform>应用的%1“%2”将在 %n 天后（%3）过期；Microsoft 不会发送提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new one in the app registration and replace the profile&apos;s credential before %1 (a certificate is preferable).</source>
        <translation>请在应用注册中创建新的凭据，并在 %1 之前替换配置文件的凭据（最好使用证书）。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; of the app is valid until %3.</source>
        <translation>应用的%1“%2”有效期至 %3。</translation>
    </message>
    <message>
        <source>Every %1 of the app has expired: the profile cannot sign in.</source>
        <translation>应用的每个%1都已过期：配置文件无法登录。</translation>
    </message>
    <message>
        <source>The app registration has no %1, which the profile uses.</source>
        <translation>应用注册中没有配置文件所使用的%1。</translation>
    </message>
    <message>
        <source>Add a new credential to the app registration and replace the profile&apos;s credential.</source>
        <translation>请向应用注册添加新凭据，并替换配置文件的凭据。</translation>
    </message>
    <message>
        <source>The redirect URI %1 is registered (as %2).</source>
        <translation>重定向 URI %1 已注册（注册为 %2）。</translation>
    </message>
    <message>
        <source>The redirect URI %1 is not registered for the app: the partner consent fails with AADSTS50011.</source>
        <translation>重定向 URI %1 未为该应用注册：合作伙伴同意将因 AADSTS50011 而失败。</translation>
    </message>
    <message>
        <source>Add %1 to the app registration&apos;s redirect URIs (%2 platform).</source>
        <translation>请将 %1 添加到应用注册的重定向 URI 中（%2 平台）。</translation>
    </message>
    <message>
        <source>The app&apos;s delegated permissions are granted in the partner tenant (%1).</source>
        <translation>该应用的委托权限已在合作伙伴租户中授予（%1）。</translation>
    </message>
    <message>
        <source>Delegated permissions not granted in the partner tenant: %1.</source>
        <translation>合作伙伴租户中未授予的委托权限：%1。</translation>
    </message>
    <message>
        <source>Grant admin consent for the app in the partner tenant (Entra admin center, App registrations, API permissions).</source>
        <translation>请在合作伙伴租户中为该应用授予管理员同意（Entra 管理中心 &gt; 应用注册 &gt; API 权限）。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 customers in %2 s: %3 ok, %4 need attention, %5 with problems, %6 unknown (consent missing: %7; GDAP needs attention: %8)</source>
        <translation>%1 个客户，用时 %2 秒：%3 个正常，%4 个需要处理，%5 个有问题，%6 个未知（缺少同意：%7；GDAP 需要处理：%8）</translation>
    </message>
    <message>
        <source>the token could not be decoded</source>
        <translation>无法解码令牌</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>The MFA adoption report</source>
        <translation>MFA 采用报告</translation>
    </message>
    <message>
        <source>The app registration</source>
        <translation>应用注册</translation>
    </message>
    <message>
        <source>The app&apos;s service principal</source>
        <translation>应用的服务主体</translation>
    </message>
    <message>
        <source>The app&apos;s grants</source>
        <translation>应用的权限授予</translation>
    </message>
    <message>
        <source>The GDAP relationships</source>
        <translation>GDAP 关系</translation>
    </message>
    <message>
        <source>The access assignments</source>
        <translation>访问分配</translation>
    </message>
    <message>
        <source>The existing consent could not be removed: %1</source>
        <translation>无法删除现有同意：%1</translation>
    </message>
    <message>
        <source>Consent granted.</source>
        <translation>已授予同意。</translation>
    </message>
    <message>
        <source>The app is already consented in this tenant; to change its permissions, replace the consent.</source>
        <translation>该应用已在此租户中获得同意；要更改其权限，请替换该同意。</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>在收到响应之前已取消。</translation>
    </message>
    <message numerus="yes">
        <source>All %n app+user requests of this app in the last 30 days carried MFA.</source>
        <translation>
            <numerusform>此应用在过去 30 天内的全部 %n 个应用+用户请求都带有 MFA。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app+user requests of this app in the last 30 days carried no MFA.</source>
        <translation>
            <numerusform>此应用在过去 30 天内的 %n 个应用+用户请求中，有 %1 个未带 MFA。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessController</name>
    <message>
        <source>No profile: add one on the dashboard.</source>
        <translation>没有配置文件：请在仪表板上添加一个。</translation>
    </message>
    <message numerus="yes">
        <source>Checking access: %1 of %n customer(s)…</source>
        <translation>
            <numerusform>正在检查访问权限：%1/%n 个客户…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking access…</source>
        <translation>正在检查访问权限…</translation>
    </message>
    <message>
        <source>Not checked yet: Check access asks Partner Center and Graph whether the calls will work.</source>
        <translation>尚未检查：“检查访问权限”会询问合作伙伴中心和 Graph 调用能否成功。</translation>
    </message>
    <message>
        <source>Checked %1. Customers could not be listed: %2</source>
        <translation>已于 %1 检查。无法列出客户：%2</translation>
    </message>
    <message>
        <source>Checked %1. %2</source>
        <translation>已于 %1 检查。%2</translation>
    </message>
    <message>
        <source>Nothing to export: check access first.</source>
        <translation>没有可导出的内容：请先检查访问权限。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessCustomersModel</name>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>App consent</source>
        <translation>应用同意</translation>
    </message>
    <message>
        <source>GDAP</source>
        <translation>GDAP</translation>
    </message>
    <message>
        <source>Tasks the roles allow</source>
        <translation>角色允许的任务</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessNotices</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1；以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access: %n items need attention</source>
        <translation>
            <numerusform>访问权限：%n 项需要处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessPage</name>
    <message>
        <source>30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 天内</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天内</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The calls work</source>
        <translation>调用可以成功</translation>
    </message>
    <message>
        <source>Work now, need attention soon</source>
        <translation>目前可以成功，但很快需要处理</translation>
    </message>
    <message>
        <source>Fail, or will at once</source>
        <translation>失败，或将立即失败</translation>
    </message>
    <message>
        <source>Could not be told</source>
        <translation>无法判断</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1/%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The GDAP relationships were saved to %1.</source>
        <translation>GDAP 关系已保存到 %1。</translation>
    </message>
    <message>
        <source>Export GDAP relationships</source>
        <translation>导出 GDAP 关系</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessProfilesModel</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Most important finding</source>
        <translation>最重要的检查结果</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查时间</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessSummary</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Use “Check access” to see whether the calls will work (MFA, the app, GDAP, consent).</source>
        <translation>请使用“检查访问权限”查看调用能否成功（MFA、应用、GDAP、同意）。</translation>
    </message>
    <message>
        <source>Every access check passed.</source>
        <translation>所有访问检查均已通过。</translation>
    </message>
    <message>
        <source>GDAP has ended</source>
        <translation>GDAP 已结束</translation>
    </message>
    <message>
        <source>GDAP terminated</source>
        <translation>GDAP 已终止</translation>
    </message>
    <message>
        <source>GDAP request lapsed</source>
        <translation>GDAP 请求已失效</translation>
    </message>
    <message>
        <source>GDAP awaits approval</source>
        <translation>GDAP 正在等待批准</translation>
    </message>
    <message>
        <source>GDAP not active yet</source>
        <translation>GDAP 尚未激活</translation>
    </message>
    <message>
        <source>GDAP cannot auto-extend</source>
        <translation>GDAP 无法自动延期</translation>
    </message>
    <message>
        <source>No GDAP relationship</source>
        <translation>没有 GDAP 关系</translation>
    </message>
    <message>
        <source>GDAP roles assigned to no group</source>
        <translation>GDAP 角色未分配给任何组</translation>
    </message>
    <message>
        <source>GDAP role assignments pending</source>
        <translation>GDAP 角色分配处于挂起状态</translation>
    </message>
    <message>
        <source>The app is not consented</source>
        <translation>该应用未获得同意</translation>
    </message>
    <message>
        <source>The app&apos;s consent lacks permissions</source>
        <translation>该应用的同意缺少权限</translation>
    </message>
    <message>
        <source>App secret expired</source>
        <translation>应用的客户端密码已过期</translation>
    </message>
    <message>
        <source>App certificate expired</source>
        <translation>应用的证书已过期</translation>
    </message>
    <message>
        <source>No valid app credential</source>
        <translation>应用没有有效的凭据</translation>
    </message>
    <message numerus="yes">
        <source>GDAP ends in %n days</source>
        <translation>
            <numerusform>GDAP 将在 %n 天后结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>App secret expires in %n days</source>
        <translation>
            <numerusform>应用的客户端密码将在 %n 天后过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>App certificate expires in %n days</source>
        <translation>
            <numerusform>应用的证书将在 %n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers could not be read</source>
        <translation>无法读取客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customers need attention</source>
        <translation>
            <numerusform>%n 个客户需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Some checks had no answer</source>
        <translation>部分检查未得到响应</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessView</name>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>已于 %n 天前结束</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center MFA</source>
        <translation>合作伙伴中心 MFA</translation>
    </message>
    <message>
        <source>MFA adoption</source>
        <translation>MFA 采用</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Client secret &quot;%1&quot;</source>
        <translation>客户端密码“%1”</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot;</source>
        <translation>证书“%1”</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>应用注册</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Permissions granted</source>
        <translation>已授予的权限</translation>
    </message>
    <message>
        <source>GDAP relationships</source>
        <translation>GDAP 关系</translation>
    </message>
    <message>
        <source>Customers could not be listed: %1</source>
        <translation>无法列出客户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more customer(s))</source>
        <translation>
            <numerusform>%1（以及另外 %n 个客户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ApiResult</name>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>请求失败（HTTP %1）。</translation>
    </message>
    <message>
        <source>Request id: %1 · correlation id: %2</source>
        <translation>请求 ID：%1 · 关联 ID：%2</translation>
    </message>
    <message>
        <source>The answer from %1 (HTTP %2) is not valid JSON: %3 at byte %4. It may have been cut off on the way; try again.</source>
        <translation>来自 %1 的响应（HTTP %2）不是有效的 JSON：%3，位于第 %4 字节。响应可能在传输中被截断；请重试。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>没有访问令牌：%1</translation>
    </message>
</context>
<context>
    <name>PCAuth::AppHealthModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
</context>
<context>
    <name>PCAuth::AppOnlyPage</name>
    <message>
        <source>The answer is valid JSON.</source>
        <translation>响应是有效的 JSON。</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>合作伙伴中心</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure 资源管理器</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>自定义 URI</translation>
    </message>
    <message>
        <source>%1 (client secret)</source>
        <translation>%1（客户端密码）</translation>
    </message>
    <message>
        <source>%1 (certificate)</source>
        <translation>%1（证书）</translation>
    </message>
    <message>
        <source>No profile has a client secret or a certificate. App-only tokens are issued to the app itself, so the app registration must be a confidential client: add a client secret or a certificate to a profile (pcauthctl profile, or a new consent with a web app registration), then come back here.</source>
        <translation>没有任何配置文件具有客户端密码或证书。仅应用令牌是颁发给应用本身的，因此应用注册必须是机密客户端：请为某个配置文件添加客户端密码或证书（使用 pcauthctl profile，或使用 Web 应用注册执行新的同意），然后返回此处。</translation>
    </message>
    <message>
        <source>No profile with app credentials</source>
        <translation>没有具有应用凭据的配置文件</translation>
    </message>
    <message>
        <source>Profile: choose a profile with a client secret or certificate first.</source>
        <translation>配置文件：请先选择具有客户端密码或证书的配置文件。</translation>
    </message>
    <message>
        <source>Custom URI: give the resource identifier the token is for, such as https://api.contoso.com or api://&lt;app id&gt;.</source>
        <translation>自定义 URI：请提供令牌所针对的资源标识符，例如 https://api.contoso.com 或 api://&lt;app id&gt;。</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>租户：%1</translation>
    </message>
    <message>
        <source>Asking Entra ID for an app-only token…</source>
        <translation>正在向 Entra ID 请求仅应用令牌…</translation>
    </message>
    <message>
        <source>None: the app has no application permissions here.</source>
        <translation>无：该应用在此没有应用程序权限。</translation>
    </message>
    <message>
        <source>(not in the token)</source>
        <translation>（不在令牌中）</translation>
    </message>
    <message>
        <source>The token could not be decoded for display: %1</source>
        <translation>无法解码令牌以供显示：%1</translation>
    </message>
    <message>
        <source>Test call: GET %1</source>
        <translation>测试调用：GET %1</translation>
    </message>
    <message>
        <source>No test call for this audience: its API has no call every app may make.</source>
        <translation>此受众没有测试调用：其 API 中没有任何应用都能执行的调用。</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>没有响应。</translation>
    </message>
    <message>
        <source>HTTP %1%2 · %3 ms</source>
        <translation>HTTP %1%2 · %3 毫秒</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Expired: %1. Get a new token.</source>
        <translation>已过期：%1。请获取新令牌。</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>项数：%1</translation>
    </message>
    <message>
        <source>%1; the first: %2</source>
        <translation>%1；第一项：%2</translation>
    </message>
</context>
<context>
    <name>PCAuth::AppServices</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>无法启动沙盒：%1</translation>
    </message>
    <message>
        <source>The sandbox cloud file %1 could not be written: %2</source>
        <translation>无法写入沙盒的云文件 %1：%2</translation>
    </message>
    <message>
        <source>The demo profile could not be made: %1</source>
        <translation>无法创建演示配置文件：%1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The sandbox address &quot;%1&quot; is not an http:// or https:// URL, such as the one pcauth-sandbox prints when it starts.</source>
        <translation>沙盒地址“%1”不是 http:// 或 https:// URL（应为 pcauth-sandbox 启动时打印的地址）。</translation>
    </message>
</context>
<context>
    <name>PCAuth::AuthorizationRequest</name>
    <message>
        <source>The application (client) id is empty.</source>
        <translation>应用程序（客户端）ID 为空。</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an absolute URL with a host.</source>
        <translation>重定向 URI“%1”不是包含主机的绝对 URL。</translation>
    </message>
    <message>
        <source>The redirect URI must not contain a fragment (#...).</source>
        <translation>重定向 URI 不得包含片段（#...）。</translation>
    </message>
    <message>
        <source>The resource is empty: a v1 sign-in needs the audience (resource).</source>
        <translation>资源为空：v1 登录需要受众（资源）。</translation>
    </message>
    <message>
        <source>The scope list is empty: a v2 sign-in needs at least one scope.</source>
        <translation>范围列表为空：v2 登录至少需要一个范围。</translation>
    </message>
    <message>
        <source>The state is empty: it is needed to recognise the answer of this sign-in.</source>
        <translation>state 值为空：需要用它来识别此次登录的响应。</translation>
    </message>
    <message>
        <source>The nonce is empty: it is needed to check the id_token.</source>
        <translation>nonce 为空：需要用它来检查 id_token。</translation>
    </message>
    <message>
        <source>The PKCE pair is empty: the code could be redeemed by anyone who sees it.</source>
        <translation>PKCE 对为空：任何看到授权代码的人都可以兑换它。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ChunkedSecretStore</name>
    <message>
        <source>The item &quot;%1&quot; in %2 is damaged (%3). Store it again; for a refresh token, run consent again.</source>
        <translation>%2 中的项“%1”已损坏（%3）。请重新存储；如果是刷新令牌，请重新执行同意。</translation>
    </message>
    <message>
        <source>its list of parts is unreadable</source>
        <translation>其分块列表无法读取</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing</source>
        <translation>缺少第 %1 块（共 %2 块）</translation>
    </message>
    <message>
        <source>its parts do not add up to the stored length and checksum</source>
        <translation>其各分块与存储的长度和校验和不符</translation>
    </message>
    <message>
        <source>%1 bytes need more than %2 parts of %3 bytes</source>
        <translation>%1 字节需要超过 %2 个分块（每块 %3 字节）</translation>
    </message>
    <message>
        <source>The secret is too large for %1: %2.</source>
        <translation>机密对于 %1 来说太大：%2。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was removed from %2, but %n of its parts could not be: %3</source>
        <translation>
            <numerusform>“%1”已从 %2 中删除，但其中 %n 个分块无法删除：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::Claims</name>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>The service this token is for. A Partner Center token names https://api.partnercenter.microsoft.com (or its application ID fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd); other services reject it.</source>
        <translation>此令牌所针对的服务。合作伙伴中心令牌指明 https://api.partnercenter.microsoft.com（或其应用程序 ID fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd）；其他服务会拒绝它。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Who issued the token: Entra ID, for the tenant and cloud in the address (https://sts.windows.net/{tenant}/ for version 1.0 tokens, https://login.microsoftonline.com/{tenant}/v2.0 for version 2.0).</source>
        <translation>颁发令牌的一方：Entra ID，针对地址中的租户和云（1.0 版令牌为 https://sts.windows.net/{tenant}/，2.0 版为 https://login.microsoftonline.com/{tenant}/v2.0）。</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <source>The Entra ID tenant the token was issued in. For Partner Center calls this is your partner tenant; for calls on behalf of a customer, the customer&apos;s tenant.</source>
        <translation>颁发此令牌的 Entra ID 租户。对于合作伙伴中心调用，这是你的合作伙伴租户；对于代表客户的调用，这是客户的租户。</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>用户主体名称</translation>
    </message>
    <message>
        <source>The sign-in name of the user the token acts for.</source>
        <translation>令牌所代表用户的登录名。</translation>
    </message>
    <message>
        <source>Unique name</source>
        <translation>唯一名称</translation>
    </message>
    <message>
        <source>A readable name for the user, usually the sign-in name (version 1.0 tokens). For display only: it can change.</source>
        <translation>用户的可读名称，通常是登录名（1.0 版令牌）。仅用于显示：它可能会更改。</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>首选用户名</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name as shown to people (version 2.0 tokens). For display only: it can change.</source>
        <translation>向他人显示的用户登录名（2.0 版令牌）。仅用于显示：它可能会更改。</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>The user&apos;s display name, for showing only.</source>
        <translation>用户的显示名称，仅用于显示。</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>The user&apos;s first name.</source>
        <translation>用户的名字。</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>The user&apos;s last name.</source>
        <translation>用户的姓氏。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>An email address of the user, when the account has one. For display only: it can change.</source>
        <translation>用户的电子邮件地址（如果帐户有）。仅用于显示：它可能会更改。</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>对象 ID</translation>
    </message>
    <message>
        <source>The ID of the user (or, in an app-only token, the application&apos;s service principal) in this tenant. It is the same for every application.</source>
        <translation>用户（或在仅应用令牌中为应用程序的服务主体）在此租户中的 ID。对所有应用程序都相同。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>An ID of the user that is different for each application; use oid to recognise the same user across applications.</source>
        <translation>用户的一个 ID，每个应用程序各不相同；要跨应用程序识别同一用户，请使用 oid。</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>应用程序 ID</translation>
    </message>
    <message>
        <source>The client ID of the application that requested the token (version 1.0 tokens): for Partner Center, the app registered for the Secure Application Model.</source>
        <translation>请求此令牌的应用程序的客户端 ID（1.0 版令牌）：对于合作伙伴中心，即为安全应用程序模型（Secure Application Model）注册的应用。</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>授权方</translation>
    </message>
    <message>
        <source>The client ID of the application that requested the token (version 2.0 tokens; version 1.0 tokens use appid).</source>
        <translation>请求此令牌的应用程序的客户端 ID（2.0 版令牌；1.0 版令牌使用 appid）。</translation>
    </message>
    <message>
        <source>Application authentication</source>
        <translation>应用程序身份验证</translation>
    </message>
    <message>
        <source>How the application proved its identity: 0 = public client (no secret), 1 = client secret, 2 = certificate.</source>
        <translation>应用程序证明其身份的方式：0 = 公共客户端（无密码），1 = 客户端密码，2 = 证书。</translation>
    </message>
    <message>
        <source>How the application proved its identity (version 2.0 tokens): 0 = public client (no secret), 1 = client secret, 2 = certificate.</source>
        <translation>应用程序证明其身份的方式（2.0 版令牌）：0 = 公共客户端（无密码），1 = 客户端密码，2 = 证书。</translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation>标识类型</translation>
    </message>
    <message>
        <source>&apos;app&apos; for an app-only token (no user), &apos;user&apos; for a token that acts for a signed-in user. Many Partner Center calls accept only app+user tokens.</source>
        <translation>&apos;app&apos; 表示仅应用令牌（无用户），&apos;user&apos; 表示代表已登录用户的令牌。许多合作伙伴中心调用只接受应用+用户令牌。</translation>
    </message>
    <message>
        <source>Delegated permissions</source>
        <translation>委托的权限</translation>
    </message>
    <message>
        <source>The permissions (scopes) the application has to act for the user, separated by spaces. Partner Center needs user_impersonation.</source>
        <translation>应用程序代表用户执行操作的权限（范围），以空格分隔。合作伙伴中心需要 user_impersonation。</translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation>应用程序角色</translation>
    </message>
    <message>
        <source>The application permissions granted to the app (in app-only tokens), or the app roles assigned to the user.</source>
        <translation>授予应用的应用程序权限（仅应用令牌中），或分配给用户的应用角色。</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>目录角色</translation>
    </message>
    <message>
        <source>The template IDs of the Entra ID roles the user holds in this tenant; for example 62e90394-69f5-4237-9190-012177145e10 is Global Administrator.</source>
        <translation>用户在此租户中拥有的 Entra ID 角色的模板 ID；例如 62e90394-69f5-4237-9190-012177145e10 是全局管理员。</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>身份验证方法</translation>
    </message>
    <message>
        <source>How the user signed in. &apos;mfa&apos; or &apos;ngcmfa&apos; means multi-factor authentication was performed; Partner Center requires it for app+user calls.</source>
        <translation>用户的登录方式。&apos;mfa&apos; 或 &apos;ngcmfa&apos; 表示已执行多重身份验证；合作伙伴中心要求应用+用户调用必须经过多重身份验证。</translation>
    </message>
    <message>
        <source>Federated authentication method</source>
        <translation>联合身份验证方法</translation>
    </message>
    <message>
        <source>How a federated identity provider (such as AD FS) signed the user in. Partner Center counts it as multi-factor only when it is http://schemas.microsoft.com/claims/multipleauthn.</source>
        <translation>联合标识提供者（例如 AD FS）让用户登录的方式。仅当值为 http://schemas.microsoft.com/claims/multipleauthn 时，合作伙伴中心才将其视为多重身份验证。</translation>
    </message>
    <message>
        <source>Authentication level</source>
        <translation>身份验证级别</translation>
    </message>
    <message>
        <source>&apos;1&apos; for a normal sign-in, &apos;0&apos; when the sign-in did not meet ISO/IEC 29115 (for example anonymous). It does not say whether MFA was used: see amr.</source>
        <translation>&apos;1&apos; 表示正常登录，&apos;0&apos; 表示登录不符合 ISO/IEC 29115（例如匿名）。它并不说明是否使用了 MFA：请参阅 amr。</translation>
    </message>
    <message>
        <source>Sign-in time</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>When the user last entered their credentials. Tokens obtained later with a refresh token keep this time.</source>
        <translation>用户上次输入凭据的时间。之后使用刷新令牌获取的令牌会保留此时间。</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <source>When this token was issued.</source>
        <translation>此令牌的颁发时间。</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>The token is not valid before this time.</source>
        <translation>此时间之前令牌无效。</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>The token is not valid from this time on. Access tokens last about 60 to 90 minutes; a new one is obtained with the refresh token.</source>
        <translation>从此时间起令牌不再有效。访问令牌的有效期约为 60 到 90 分钟；之后使用刷新令牌获取新的访问令牌。</translation>
    </message>
    <message>
        <source>Token version</source>
        <translation>令牌版本</translation>
    </message>
    <message>
        <source>The token format, &apos;1.0&apos; or &apos;2.0&apos;. For an access token the API it is for chooses the format, not the endpoint that issued it.</source>
        <translation>令牌格式，&apos;1.0&apos; 或 &apos;2.0&apos;。对于访问令牌，格式由其目标 API 决定，而不是由颁发它的终结点决定。</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>The IP address the user signed in from, as Entra ID saw it. Useful when checking Conditional Access location rules.</source>
        <translation>Entra ID 看到的用户登录所用的 IP 地址。在检查条件访问的位置规则时很有用。</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>A random value the application sent when sign-in started; finding it again in the ID token shows the token answers that sign-in and is not a replay.</source>
        <translation>应用程序在开始登录时发送的随机值；在 ID 令牌中再次找到它，表明该令牌是对此次登录的响应，而不是重放。</translation>
    </message>
    <message>
        <source>Tenant creation time</source>
        <translation>租户创建时间</translation>
    </message>
    <message>
        <source>When the tenant was created.</source>
        <translation>租户的创建时间。</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>Internal to Entra ID (the sign-in session); it can be ignored.</source>
        <translation>Entra ID 内部使用（登录会话）；可以忽略。</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>令牌 ID</translation>
    </message>
    <message>
        <source>Internal to Entra ID (an ID of this token); it can be ignored.</source>
        <translation>Entra ID 内部使用（此令牌的 ID）；可以忽略。</translation>
    </message>
    <message>
        <source>Refresh hint</source>
        <translation>刷新提示</translation>
    </message>
    <message>
        <source>Internal to Entra ID; it can be ignored.</source>
        <translation>Entra ID 内部使用；可以忽略。</translation>
    </message>
    <message>
        <source>Internal data</source>
        <translation>内部数据</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>d</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC（%2）</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientAssertion</name>
    <message>
        <source>No certificate is loaded to sign the client assertion.</source>
        <translation>未加载用于签署客户端断言的证书。</translation>
    </message>
    <message>
        <source>The client id is empty: the client assertion needs it.</source>
        <translation>客户端 ID 为空：客户端断言需要它。</translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation>令牌终结点</translation>
    </message>
    <message>
        <source>The client assertion cannot be made: %1</source>
        <translation>无法创建客户端断言：%1</translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientCertificate</name>
    <message>
        <source>The private key is encrypted: give its passphrase.</source>
        <translation>私钥已加密：请提供其密码短语。</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key: check the passphrase.</source>
        <translation>该密码短语无法解密私钥：请检查密码短语。</translation>
    </message>
    <message>
        <source>The PEM text holds no private key: put the certificate and its private key in one PEM file.</source>
        <translation>PEM 文本中没有私钥：请将证书及其私钥放在同一个 PEM 文件中。</translation>
    </message>
    <message>
        <source>The private key in the PEM text is damaged or in an unsupported format.</source>
        <translation>PEM 文本中的私钥已损坏或格式不受支持。</translation>
    </message>
    <message>
        <source>The certificate file is larger than %1 bytes: refused.</source>
        <translation>证书文件大于 %1 字节：已拒绝。</translation>
    </message>
    <message>
        <source>The PEM text holds no certificate (no &quot;BEGIN CERTIFICATE&quot; block): put the certificate and its private key in one PEM file.</source>
        <translation>PEM 文本中没有证书（没有“BEGIN CERTIFICATE”块）：请将证书及其私钥放在同一个 PEM 文件中。</translation>
    </message>
    <message>
        <source>The certificate in the PEM text is damaged: it cannot be read.</source>
        <translation>PEM 文本中的证书已损坏：无法读取。</translation>
    </message>
    <message>
        <source>The PFX file is larger than %1 bytes: refused.</source>
        <translation>PFX 文件大于 %1 字节：已拒绝。</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 (PFX) file: it cannot be read.</source>
        <translation>该文件不是 PKCS#12（PFX）文件：无法读取。</translation>
    </message>
    <message>
        <source>The PFX password is wrong: the file&apos;s integrity check fails with it.</source>
        <translation>PFX 密码错误：使用该密码时文件的完整性检查失败。</translation>
    </message>
    <message>
        <source>The PFX file is protected by a password: give it.</source>
        <translation>PFX 文件受密码保护：请提供密码。</translation>
    </message>
    <message>
        <source>The PFX file cannot be decrypted although its password is right: it probably uses a legacy cipher (RC2 or 3DES) that OpenSSL 3 no longer enables. Export it again with AES-256 (openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256).</source>
        <translation>尽管密码正确，PFX 文件仍无法解密：它可能使用了 OpenSSL 3 不再启用的旧式加密算法（RC2 或 3DES）。请使用 AES-256 重新导出（openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256）。</translation>
    </message>
    <message>
        <source>The PFX file holds no certificate.</source>
        <translation>PFX 文件中没有证书。</translation>
    </message>
    <message>
        <source>The PFX file holds no private key: export the certificate again with its private key.</source>
        <translation>PFX 文件中没有私钥：请连同私钥重新导出证书。</translation>
    </message>
    <message>
        <source>The private key is of type %1, not RSA: client assertions are signed RS256, which needs an RSA key. Create the certificate with an RSA key of 2048 bits or more.</source>
        <translation>私钥的类型为 %1，而不是 RSA：客户端断言使用 RS256 签名，这需要 RSA 密钥。请使用 2048 位或更长的 RSA 密钥创建证书。</translation>
    </message>
    <message>
        <source>non-RSA</source>
        <translation>非 RSA</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate (the certificate holds another public key): use the key created with this certificate.</source>
        <translation>私钥与证书不匹配（证书包含另一个公钥）：请使用与此证书一起创建的密钥。</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with the certificate&apos;s private key.</source>
        <translation>OpenSSL 无法使用证书的私钥进行签名。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientCredential</name>
    <message>
        <source>The client secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取配置文件“%1”的客户端密码：%2</translation>
    </message>
    <message>
        <source>The certificate key of profile &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取配置文件“%1”的证书密钥：%2</translation>
    </message>
    <message>
        <source>The certificate stored for profile &quot;%1&quot; cannot be used: %2</source>
        <translation>为配置文件“%1”存储的证书无法使用：%2</translation>
    </message>
    <message>
        <source>The refresh token of profile &quot;%1&quot; was issued by %2, but the profile now signs in at %3 (its cloud or cloud file changed). PCAuth does not send the token or the app&apos;s credential anywhere else. Restore the profile&apos;s cloud, or run the partner consent again to get a token from %3.</source>
        <translation>配置文件“%1”的刷新令牌由 %2 颁发，但该配置文件现在在 %3 登录（其云或云文件已更改）。PCAuth 不会将该令牌或应用的凭据发送到其他任何地方。请恢复配置文件的云，或重新执行合作伙伴同意，以从 %3 获取令牌。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Cloud</name>
    <message>
        <source>Global (Azure public)</source>
        <translation>全球（Azure 公有云）</translation>
    </message>
    <message>
        <source>21Vianet (China)</source>
        <translation>世纪互联（中国）</translation>
    </message>
    <message>
        <source>US Government</source>
        <translation>美国政府</translation>
    </message>
    <message>
        <source>Germany (retired)</source>
        <translation>德国（已停用）</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>pcauthCloud is missing: this is not a PCAuth cloud file (expected &quot;pcauthCloud&quot;: 1).</source>
        <translation>缺少 pcauthCloud：这不是 PCAuth 云文件（应为 &quot;pcauthCloud&quot;: 1）。</translation>
    </message>
    <message>
        <source>pcauthCloud must be a number.</source>
        <translation>pcauthCloud 必须是数字。</translation>
    </message>
    <message>
        <source>pcauthCloud must be a whole number.</source>
        <translation>pcauthCloud 必须是整数。</translation>
    </message>
    <message>
        <source>pcauthCloud is %1: the file was written by a newer PCAuth. This version reads format %2; update PCAuth.</source>
        <translation>pcauthCloud 为 %1：该文件由较新版本的 PCAuth 写入。此版本读取格式 %2；请更新 PCAuth。</translation>
    </message>
    <message>
        <source>pcauthCloud is %1, which is not a known format (expected 1).</source>
        <translation>pcauthCloud 为 %1，不是已知格式（应为 1）。</translation>
    </message>
    <message>
        <source>id must be 1 to 40 characters from a-z, 0-9 and “-”, not %1.</source>
        <translation>id 必须由 1 到 40 个 a-z、0-9 和“-”字符组成，而不是 %1。</translation>
    </message>
    <message>
        <source>id “%1” belongs to a built-in cloud: choose another id.</source>
        <translation>id“%1”属于内置云：请选择其他 id。</translation>
    </message>
    <message>
        <source>name is empty: give the cloud a name to show in the list.</source>
        <translation>name 为空：请为云指定一个在列表中显示的名称。</translation>
    </message>
    <message>
        <source>name is longer than %1 characters.</source>
        <translation>name 超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The cloud file is empty.</source>
        <translation>云文件为空。</translation>
    </message>
    <message>
        <source>The cloud file is not valid JSON: %1 at offset %2.</source>
        <translation>云文件不是有效的 JSON：%1，位于偏移量 %2。</translation>
    </message>
    <message>
        <source>The cloud file must hold a JSON object ({…}) at the top level.</source>
        <translation>云文件的顶层必须是 JSON 对象（{…}）。</translation>
    </message>
    <message>
        <source>endpoints is missing.</source>
        <translation>缺少 endpoints。</translation>
    </message>
    <message>
        <source>endpoints must be an object.</source>
        <translation>endpoints 必须是对象。</translation>
    </message>
    <message>
        <source>resources must be an object.</source>
        <translation>resources 必须是对象。</translation>
    </message>
    <message>
        <source>Cloud file %1 does not exist.</source>
        <translation>云文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cloud file %1 is not a file.</source>
        <translation>云文件 %1 不是文件。</translation>
    </message>
    <message>
        <source>Cloud file %1 is too large (%2 bytes; a cloud file is at most 1 MiB).</source>
        <translation>云文件 %1 太大（%2 字节；云文件最大为 1 MiB）。</translation>
    </message>
    <message>
        <source>Cloud file %1 cannot be read: %2</source>
        <translation>无法读取云文件 %1：%2</translation>
    </message>
    <message>
        <source>Cloud file %1 is too large (a cloud file is at most 1 MiB).</source>
        <translation>云文件 %1 太大（云文件最大为 1 MiB）。</translation>
    </message>
    <message>
        <source>Cloud file %1: %2</source>
        <translation>云文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: enter an https:// URL.</source>
        <translation>%1 为空：请输入 https:// URL。</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 不是有效的 URL。</translation>
    </message>
    <message>
        <source>%1 must be an absolute URL starting with https://.</source>
        <translation>%1 必须是以 https:// 开头的绝对 URL。</translation>
    </message>
    <message>
        <source>%1 must use https://, not %2://.</source>
        <translation>%1 必须使用 https://，而不是 %2://。</translation>
    </message>
    <message>
        <source>%1 has no host name.</source>
        <translation>%1 没有主机名。</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 不得包含用户名或密码。</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…).</source>
        <translation>%1 不得包含查询（?…）或片段（#…）。</translation>
    </message>
    <message>
        <source>%1 uses http:// with host %2: tokens would cross the network unencrypted. Use https://; http:// is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).</source>
        <translation>%1 对主机 %2 使用 http://：令牌将以未加密的方式在网络中传输。请使用 https://；http:// 仅允许用于环回主机（localhost、127.0.0.1、::1）。</translation>
    </message>
    <message>
        <source>%1 is empty: enter the token audience, an https:// URI or an application ID (GUID).</source>
        <translation>%1 为空：请输入令牌的受众，即 https:// URI 或应用程序 ID（GUID）。</translation>
    </message>
    <message>
        <source>%1 must be an absolute https:// URI or an application ID (GUID), not %2.</source>
        <translation>%1 必须是绝对 https:// URI 或应用程序 ID（GUID），而不是 %2。</translation>
    </message>
    <message>
        <source>Enter a tenant: its ID (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>请输入租户：其 ID（GUID）或域，例如 contoso.onmicrosoft.com。</translation>
    </message>
    <message>
        <source>The tenant must not contain spaces.</source>
        <translation>租户不得包含空格。</translation>
    </message>
    <message>
        <source>The tenant must not contain “%1”.</source>
        <translation>租户不得包含“%1”。</translation>
    </message>
    <message>
        <source>The tenant must not contain “..”.</source>
        <translation>租户不得包含“..”。</translation>
    </message>
    <message>
        <source>%1 is not a tenant: enter a tenant ID (a GUID such as 00000000-0000-0000-0000-000000000000), a domain such as contoso.onmicrosoft.com, or organizations, common or consumers.</source>
        <translation>%1 不是租户：请输入租户 ID（GUID，例如 00000000-0000-0000-0000-000000000000）、域（例如 contoso.onmicrosoft.com），或 organizations、common、consumers 之一。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentBrowserLoader</name>
    <message>
        <source>%1 is not PCAuth&apos;s consent browser.</source>
        <translation>%1 不是 PCAuth 的同意浏览器。</translation>
    </message>
    <message>
        <source>The embedded sign-in browser is not installed (%1 was not found). Sign in with &quot;Open in system browser instead&quot;.</source>
        <translation>未安装嵌入式登录浏览器（未找到 %1）。请通过“改为在系统浏览器中打开”登录。</translation>
    </message>
    <message>
        <source>The embedded sign-in browser could not be loaded: %1 Sign in with &quot;Open in system browser instead&quot;.</source>
        <translation>无法加载嵌入式登录浏览器：%1 请通过“改为在系统浏览器中打开”登录。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentFlow</name>
    <message>
        <source>This consent is already running.</source>
        <translation>此同意流程已在运行。</translation>
    </message>
    <message>
        <source>The consent was cancelled; nothing was stored.</source>
        <translation>同意已取消；未存储任何内容。</translation>
    </message>
    <message>
        <source>The sign-in did not come back with an answer; nothing was stored.</source>
        <translation>登录未返回响应；未存储任何内容。</translation>
    </message>
    <message>
        <source>Entra returned no refresh token (was offline_access granted?); nothing was stored.</source>
        <translation>Entra 未返回刷新令牌（是否已授予 offline_access？）；未存储任何内容。</translation>
    </message>
    <message>
        <source>Entra returned no id_token although the sign-in asked for openid, so the sign-in cannot be verified; nothing was stored.</source>
        <translation>尽管登录请求了 openid，Entra 仍未返回 id_token，因此无法验证此次登录；未存储任何内容。</translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: the OpenID configuration could not be fetched (%1).</source>
        <translation>无法验证登录：无法获取 OpenID 配置（%1）。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: %1</source>
        <translation>无法验证登录：%1</translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: the signing keys could not be fetched (%1).</source>
        <translation>无法验证登录：无法获取签名密钥（%1）。</translation>
    </message>
    <message>
        <source>The id_token of the sign-in was refused, nothing was stored: %1</source>
        <translation>登录的 id_token 被拒绝，未存储任何内容：%1</translation>
    </message>
    <message>
        <source>The id_token carries no amr claim; the access token&apos;s was used.</source>
        <translation>id_token 不包含 amr 声明；已改用访问令牌的 amr 声明。</translation>
    </message>
    <message>
        <source>Entra sent no signed id_token and the access token cannot be read, so MFA cannot be checked; nothing was stored.</source>
        <translation>Entra 未发送已签名的 id_token，且访问令牌无法读取，因此无法检查 MFA；未存储任何内容。</translation>
    </message>
    <message>
        <source>Entra sent no signed id_token (v1), so the MFA evidence was taken from the access token&apos;s amr claim.</source>
        <translation>Entra 未发送已签名的 id_token（v1），因此 MFA 证据取自访问令牌的 amr 声明。</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>该帐户</translation>
    </message>
    <message>
        <source>The sign-in of %1 shows no multi-factor authentication (%2). Partner Center refuses app+user calls without MFA, so the refresh token was NOT stored. Sign in again with MFA, or accept a token without MFA explicitly (health will flag it).</source>
        <translation>%1 的登录未显示多重身份验证 (MFA)（%2）。合作伙伴中心拒绝没有 MFA 的应用+用户调用，因此未存储刷新令牌。请使用 MFA 重新登录，或明确接受没有 MFA 的令牌（运行状况检查会标记它）。</translation>
    </message>
    <message>
        <source>Consent stored for %1 (MFA: %2).</source>
        <translation>已存储 %1 的同意（MFA：%2）。</translation>
    </message>
    <message>
        <source>Consent stored for %1 WITHOUT evidence of MFA (%2), as you accepted; health flags this token.</source>
        <translation>已按你的确认存储 %1 的同意，但没有 MFA 证据（%2）；运行状况检查会标记此令牌。</translation>
    </message>
    <message>
        <source>The sign-in succeeded, but the refresh token could not be stored: %1</source>
        <translation>登录成功，但无法存储刷新令牌：%1</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentPrerequisitesPage</name>
    <message>
        <source>Before you sign in</source>
        <translation>登录之前</translation>
    </message>
    <message>
        <source>Check that the account and the app registration are ready.</source>
        <translation>请检查帐户和应用注册是否已准备就绪。</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentProfilePage</name>
    <message>
        <source>Certificate: cannot read %1: %2</source>
        <translation>证书：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Certificate: %1 is too large to be a certificate.</source>
        <translation>证书：%1 太大，不可能是证书。</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>合作伙伴配置文件</translation>
    </message>
    <message>
        <source>Choose the profile to record the partner consent for, or describe a new one: the partner tenant and the app registration that will call Partner Center.</source>
        <translation>请选择要为其记录合作伙伴同意的配置文件，或描述一个新的配置文件：合作伙伴租户以及将调用合作伙伴中心的应用注册。</translation>
    </message>
    <message>
        <source>Custom cloud file</source>
        <translation>自定义云文件</translation>
    </message>
    <message>
        <source>Cloud files (*.json)</source>
        <translation>云文件 (*.json)</translation>
    </message>
    <message>
        <source>Certificate with its private key</source>
        <translation>包含私钥的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12 *.crt *.key)</source>
        <translation>证书 (*.pem *.pfx *.p12 *.crt *.key)</translation>
    </message>
    <message>
        <source>Custom (cloud file)</source>
        <translation>自定义（云文件）</translation>
    </message>
    <message>
        <source>Public client (no secret)</source>
        <translation>公共客户端（无密码）</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>v2 (scope)</source>
        <translation>v2（范围）</translation>
    </message>
    <message>
        <source>v1 (resource)</source>
        <translation>v1（资源）</translation>
    </message>
    <message>
        <source>Client secret: enter the client secret of the app registration.</source>
        <translation>客户端密码：请输入应用注册的客户端密码。</translation>
    </message>
    <message>
        <source>Certificate: choose the certificate file (PEM or PFX) that holds the private key.</source>
        <translation>证书：请选择包含私钥的证书文件（PEM 或 PFX）。</translation>
    </message>
    <message>
        <source>Name: a profile named &quot;%1&quot; already exists.</source>
        <translation>名称：已存在名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Cloud file: choose the custom cloud file (JSON) that describes the cloud.</source>
        <translation>云文件：请选择描述该云的自定义云文件（JSON）。</translation>
    </message>
    <message>
        <source>Storing the credential in %1…</source>
        <translation>正在将凭据存储到 %1…</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>未保存配置文件：%1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>已保存配置文件“%1”。</translation>
    </message>
    <message>
        <source>Sandbox on this computer</source>
        <translation>此计算机上的沙盒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentResultPage</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Yes: the sign-in used multi-factor authentication.</source>
        <translation>是：登录时使用了多重身份验证。</translation>
    </message>
    <message>
        <source>No: kept because you accepted a token without MFA; Partner Center refuses most calls with it and health flags it.</source>
        <translation>否：由于你接受了没有 MFA 的令牌，因此已保留；合作伙伴中心会拒绝使用它的大多数调用，运行状况检查也会标记它。</translation>
    </message>
    <message>
        <source>Unknown: the token does not say; health flags it.</source>
        <translation>未知：令牌中没有说明；运行状况检查会标记它。</translation>
    </message>
    <message>
        <source>The consent did not complete</source>
        <translation>同意未完成</translation>
    </message>
    <message>
        <source>Nothing was stored. Do what the message says, then choose Try again; or close the wizard and come back later.</source>
        <translation>未存储任何内容。请按消息中的说明操作，然后选择“重试”；或者关闭向导，稍后再来。</translation>
    </message>
    <message>
        <source>Partner consent recorded</source>
        <translation>已记录合作伙伴同意</translation>
    </message>
    <message>
        <source>Next: check the profile on the dashboard and run a test call. The refresh token stops working after 90 days without use: keep it alive (Settings) or consent again before then.</source>
        <translation>下一步：在仪表板上检查该配置文件并执行测试调用。刷新令牌在 90 天未使用后将失效：请保持其活动状态（设置），或在此之前重新执行同意。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentSignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with the integration account, complete MFA and accept the permissions. PCAuth keeps the answer; the page it redirects to is never opened.</source>
        <translation>请使用集成帐户登录，完成 MFA 并接受权限。PCAuth 会保留响应；重定向的目标页面永远不会被打开。</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into one.</source>
        <translation>无法打开浏览器：请将链接复制到浏览器中。</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>登录页</translation>
    </message>
    <message>
        <source>%1 was opened in the system browser.</source>
        <translation>已在系统浏览器中打开 %1。</translation>
    </message>
    <message>
        <source>Encrypted connection (https)</source>
        <translation>加密连接 (https)</translation>
    </message>
    <message>
        <source>Plain http to this computer (loopback), as the local sandbox serves it: nothing leaves this computer.</source>
        <translation>到此计算机的普通 http（环回），与本地沙盒提供的方式相同：没有任何数据离开此计算机。</translation>
    </message>
    <message>
        <source>Not encrypted (http): do not enter a password on this page.</source>
        <translation>未加密 (http)：请勿在此页面上输入密码。</translation>
    </message>
    <message>
        <source>The sign-in page of %1 could not be loaded. Check the network connection and the profile&apos;s cloud, then try again.</source>
        <translation>无法加载 %1 的登录页。请检查网络连接和配置文件的云，然后重试。</translation>
    </message>
    <message>
        <source>The sign-in was not finished within %1, so it was stopped; nothing was stored. Choose Try again when you are ready to sign in.</source>
        <translation>登录未在 %1 内完成，因此已停止；未存储任何内容。准备好登录时，请选择“重试”。</translation>
    </message>
    <message>
        <source>Sign-in link copied to the clipboard.</source>
        <translation>已将登录链接复制到剪贴板。</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Signed in. Saving… PCAuth is checking the answer and storing the token in the keychain; this cannot be cancelled now, the result follows.</source>
        <translation>已登录。正在保存… PCAuth 正在检查响应并将令牌存储到密钥链中；此操作现在无法取消，结果随后显示。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentWebPage</name>
    <message>
        <source>The connection to %1 is not secure (%2), so the page was blocked: a sign-in page must never be shown over a connection that could be intercepted. Check the computer&apos;s date and any proxy or antivirus that inspects HTTPS, or sign in with the system browser instead.</source>
        <translation>与 %1 的连接不安全（%2），因此已阻止该页面：登录页绝不能通过可能被拦截的连接显示。请检查计算机的日期以及任何检查 HTTPS 的代理或防病毒软件，或改用系统浏览器登录。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentWizard</name>
    <message>
        <source>Partner consent</source>
        <translation>合作伙伴同意</translation>
    </message>
    <message>
        <source>Partner consent wizard</source>
        <translation>合作伙伴同意向导</translation>
    </message>
</context>
<context>
    <name>PCAuth::Console</name>
    <message>
        <source>Partner Center: customers</source>
        <translation>合作伙伴中心：客户</translation>
    </message>
    <message>
        <source>Partner Center: one customer</source>
        <translation>合作伙伴中心：单个客户</translation>
    </message>
    <message>
        <source>Partner Center: organization profile</source>
        <translation>合作伙伴中心：组织配置文件</translation>
    </message>
    <message>
        <source>Partner Center: legal business profile</source>
        <translation>合作伙伴中心：法律业务配置文件</translation>
    </message>
    <message>
        <source>Partner Center: MFA adoption status</source>
        <translation>合作伙伴中心：MFA 采用状态</translation>
    </message>
    <message>
        <source>Partner Center: partner requests</source>
        <translation>合作伙伴中心：合作伙伴请求</translation>
    </message>
    <message>
        <source>Partner Center: application consent in a customer</source>
        <translation>合作伙伴中心：客户中的应用程序同意</translation>
    </message>
    <message>
        <source>Graph: organization</source>
        <translation>Graph：组织</translation>
    </message>
    <message>
        <source>Graph: domains</source>
        <translation>Graph：域</translation>
    </message>
    <message>
        <source>Graph: first user</source>
        <translation>Graph：第一个用户</translation>
    </message>
    <message>
        <source>Graph: signed-in user</source>
        <translation>Graph：已登录用户</translation>
    </message>
    <message>
        <source>Azure Resource Manager: subscriptions</source>
        <translation>Azure 资源管理器：订阅</translation>
    </message>
    <message>
        <source>Path: give a path that starts with /, such as /v1/customers, not &quot;%1&quot;. For a full URL choose &quot;Full URL&quot; as the service.</source>
        <translation>路径：请提供以 / 开头的路径，例如 /v1/customers，而不是“%1”。如需使用完整 URL，请选择“完整 URL”作为服务。</translation>
    </message>
    <message>
        <source>Service: the cloud %1 has no endpoint for this service.</source>
        <translation>服务：云 %1 没有此服务的终结点。</translation>
    </message>
    <message>
        <source>URL: give a full URL such as https://graph.microsoft.com/v1.0/domains, not &quot;%1&quot;.</source>
        <translation>URL：请提供完整 URL，例如 https://graph.microsoft.com/v1.0/domains，而不是“%1”。</translation>
    </message>
    <message>
        <source>URL: %1 is not an endpoint of the cloud %2; the access token is only sent to the cloud&apos;s own services.</source>
        <translation>URL：%1 不是云 %2 的终结点；访问令牌只会发送到该云自己的服务。</translation>
    </message>
    <message>
        <source>Body: not valid JSON: %1 at line %2, column %3. Nothing was sent.</source>
        <translation>正文：不是有效的 JSON：%1，位于第 %2 行第 %3 列。未发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>(%n chars)</source>
        <translation>
            <numerusform>（%n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>pcauthctl fetches the access token when this runs; the token itself is not part of this text.</source>
        <translation>运行时由 pcauthctl 获取访问令牌；此文本中不包含令牌本身。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Console::BodySearch</name>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>PCAuth::CredentialReplacement</name>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Certificate: cannot read %1: %2</source>
        <translation>证书：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Certificate: %1 is too large to be a certificate.</source>
        <translation>证书：%1 太大，不可能是证书。</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is a public client: it has no client secret or certificate to replace.</source>
        <translation>配置文件“%1”是公共客户端：它没有可替换的客户端密码或证书。</translation>
    </message>
    <message>
        <source>Give the new client secret or certificate.</source>
        <translation>请提供新的客户端密码或证书。</translation>
    </message>
    <message>
        <source>The new %1 could not be tested, so nothing was changed: profile &quot;%2&quot; keeps its credential and its refresh token. %3</source>
        <translation>无法测试新的%1，因此未做任何更改：配置文件“%2”保留其凭据和刷新令牌。%3</translation>
    </message>
    <message>
        <source>Entra ID refused the new %1, so nothing was changed: profile &quot;%2&quot; keeps its credential and its refresh token. %3</source>
        <translation>Entra ID 拒绝了新的%1，因此未做任何更改：配置文件“%2”保留其凭据和刷新令牌。%3</translation>
    </message>
    <message>
        <source>The new %1 works, but it could not be saved in the keychain, so profile &quot;%2&quot; keeps its credential: %3</source>
        <translation>新的%1有效，但无法保存到密钥链中，因此配置文件“%2”保留其原有凭据：%3</translation>
    </message>
    <message>
        <source>The new %1 of profile &quot;%2&quot; works and is stored. The refresh token was kept: no new consent is needed.</source>
        <translation>配置文件“%2”的新%1有效，并已存储。刷新令牌已保留：无需重新同意。</translation>
    </message>
    <message>
        <source>The new %1 works and is in the keychain, but profile &quot;%2&quot; could not be updated, so it still uses its %3: %4</source>
        <translation>新的%1有效并已存入密钥链，但无法更新配置文件“%2”，因此它仍使用其%3：%4</translation>
    </message>
    <message>
        <source>The certificate thumbprint shown for the profile could not be updated: %1</source>
        <translation>无法更新为该配置文件显示的证书指纹：%1</translation>
    </message>
    <message>
        <source>Its old %1 was removed from the keychain.</source>
        <translation>其旧的%1已从密钥链中删除。</translation>
    </message>
    <message>
        <source>Its old %1 is no longer used, but it could not be removed from the keychain: %2</source>
        <translation>其旧的%1已不再使用，但无法从密钥链中删除：%2</translation>
    </message>
    <message>
        <source>The replacement was cancelled, so nothing was changed: profile &quot;%1&quot; keeps its credential and its refresh token.</source>
        <translation>替换已取消，因此未做任何更改：配置文件“%1”保留其凭据和刷新令牌。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Ctl</name>
    <message>
        <source>Decode a token: claims, MFA verdict, expiry</source>
        <translation>解码令牌：声明、MFA 判定、过期时间</translation>
    </message>
    <message>
        <source>Usage: pcauthctl [--json] [--config-dir DIR] COMMAND [ARGS...]</source>
        <translation>用法：pcauthctl [--json] [--config-dir DIR] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Partner Center authentication for scripts: the engine of PCAuth without the window.</source>
        <translation>用于脚本的合作伙伴中心身份验证：不带窗口的 PCAuth 引擎。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Machine-readable output (stable JSON on stdout)</source>
        <translation>机器可读输出（stdout 上的稳定 JSON）</translation>
    </message>
    <message>
        <source>Use DIR for profiles instead of the user&apos;s config folder</source>
        <translation>使用 DIR 存放配置文件，而不是用户的配置文件夹</translation>
    </message>
    <message>
        <source>Show this help; `pcauthctl COMMAND --help` for a command</source>
        <translation>显示此帮助；某个命令的帮助请使用 `pcauthctl COMMAND --help`</translation>
    </message>
    <message>
        <source>Show versions of PCAuth, Qt, QtKeychain and OpenSSL</source>
        <translation>显示 PCAuth、Qt、QtKeychain 和 OpenSSL 的版本</translation>
    </message>
    <message>
        <source>pcauthctl: --config-dir needs a directory</source>
        <translation>pcauthctl：--config-dir 需要一个目录</translation>
    </message>
    <message>
        <source>pcauthctl: unknown option %1; see pcauthctl --help</source>
        <translation>pcauthctl：未知选项 %1；请参阅 pcauthctl --help</translation>
    </message>
    <message>
        <source>pcauthctl: unknown command %1; see pcauthctl --help</source>
        <translation>pcauthctl：未知命令 %1；请参阅 pcauthctl --help</translation>
    </message>
    <message>
        <source>not valid until %1</source>
        <translation>%1 之前无效</translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation>有效，过期时间 %1</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>已过期 %1</translation>
    </message>
    <message>
        <source>no expiry claim</source>
        <translation>无过期声明</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>NO: %1 (Partner Center refuses app+user calls without MFA)</source>
        <translation>否：%1（合作伙伴中心拒绝没有 MFA 的应用+用户调用）</translation>
    </message>
    <message>
        <source>cannot tell: %1</source>
        <translation>无法判断：%1</translation>
    </message>
    <message>
        <source>Token:    JWT, %1, version %2</source>
        <translation>令牌：    JWT，%1，版本 %2</translation>
    </message>
    <message>
        <source>MFA:      %1</source>
        <translation>MFA：     %1</translation>
    </message>
    <message>
        <source>Expiry:   %1</source>
        <translation>过期：    %1</translation>
    </message>
    <message>
        <source>Account:  %1</source>
        <translation>帐户：    %1</translation>
    </message>
    <message>
        <source>none (app-only token)</source>
        <translation>无（仅应用令牌）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Decoded only: the signature was not checked.</source>
        <translation>仅解码：未检查签名。</translation>
    </message>
    <message>
        <source>The token, or - (the default) to read it from standard input, which keeps it out of the process list.</source>
        <translation>令牌，或 -（默认值）表示从标准输入读取，这样令牌不会出现在进程列表中。</translation>
    </message>
    <message>
        <source>Explain every claim in plain words.</source>
        <translation>用通俗的语言解释每个声明。</translation>
    </message>
    <message>
        <source>pcauthctl inspect: give one token (or - for standard input)</source>
        <translation>pcauthctl inspect：请提供一个令牌（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>pcauthctl inspect: not a readable token: %1</source>
        <translation>pcauthctl inspect：不是可读的令牌：%1</translation>
    </message>
    <message>
        <source>Path: give a path such as /v1/customers or a full URL, not &quot;%1&quot;.</source>
        <translation>路径：请提供 /v1/customers 之类的路径或完整 URL，而不是“%1”。</translation>
    </message>
    <message>
        <source>URL: %1 is not an endpoint of the cloud %2; the access token is only sent to the cloud&apos;s own endpoints.</source>
        <translation>URL：%1 不是云 %2 的终结点；访问令牌只会发送到该云自己的终结点。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Method: give GET, POST, PUT, PATCH or DELETE, not &quot;%1&quot;.</source>
        <translation>方法：请提供 GET、POST、PUT、PATCH 或 DELETE，而不是“%1”。</translation>
    </message>
    <message>
        <source>Data: not JSON: %1</source>
        <translation>数据：不是 JSON：%1</translation>
    </message>
    <message>
        <source>Profile name or id.</source>
        <translation>配置文件名称或 ID。</translation>
    </message>
    <message>
        <source>Customer tenant (default: the partner&apos;s).</source>
        <translation>客户租户（默认：合作伙伴的租户）。</translation>
    </message>
    <message>
        <source>JSON request body.</source>
        <translation>JSON 请求正文。</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH or DELETE.</source>
        <translation>GET、POST、PUT、PATCH 或 DELETE。</translation>
    </message>
    <message>
        <source>Path or URL on the profile&apos;s cloud.</source>
        <translation>配置文件所在云上的路径或 URL。</translation>
    </message>
    <message>
        <source>give --profile P, a METHOD and a PATH_OR_URL</source>
        <translation>请提供 --profile P、METHOD 和 PATH_OR_URL</translation>
    </message>
    <message>
        <source>Profile: give --profile NAME</source>
        <translation>配置文件：请提供 --profile NAME</translation>
    </message>
    <message numerus="yes">
        <source>%n customers read</source>
        <translation>
            <numerusform>已读取 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list, show or remove partner profiles</source>
        <translation>添加、列出、显示或删除合作伙伴配置文件</translation>
    </message>
    <message>
        <source>Partner consent in the browser; stores the refresh token</source>
        <translation>在浏览器中进行合作伙伴同意；存储刷新令牌</translation>
    </message>
    <message>
        <source>Get an access token (redacted unless --show-token)</source>
        <translation>获取访问令牌（除非使用 --show-token，否则隐去）</translation>
    </message>
    <message>
        <source>Check profiles (and customers): exit 0/1/2</source>
        <translation>检查配置文件（及客户）：退出代码 0/1/2</translation>
    </message>
    <message>
        <source>List the partner&apos;s customers</source>
        <translation>列出合作伙伴的客户</translation>
    </message>
    <message>
        <source>Call Partner Center or Graph: METHOD PATH_OR_URL</source>
        <translation>调用合作伙伴中心或 Graph：METHOD PATH_OR_URL</translation>
    </message>
    <message>
        <source>Redeem refresh tokens to reset the 90-day clock</source>
        <translation>兑换刷新令牌以重置 90 天计时</translation>
    </message>
    <message>
        <source>Install, remove or show the keepalive schedule</source>
        <translation>安装、删除或显示保活计划</translation>
    </message>
    <message>
        <source>Export a refresh token to Azure Key Vault</source>
        <translation>将刷新令牌导出到 Azure Key Vault</translation>
    </message>
    <message>
        <source>Show the engine&apos;s log on stderr (requests, retries; never a secret)</source>
        <translation>在 stderr 上显示引擎日志（请求、重试；从不包含机密）</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 warnings, 2 failure (reason on stderr), 64 usage error (a wrong value: the message names the field).</source>
        <translation>退出代码：0 成功，1 警告，2 失败（原因见 stderr），64 用法错误（值错误：消息会指明字段）。</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--secret-stdin) or files, never from the command line. Tokens are shown redacted unless --show-token.</source>
        <translation>机密从标准输入（--secret-stdin）或文件读取，从不从命令行读取。除非使用 --show-token，否则令牌以隐去形式显示。</translation>
    </message>
    <message>
        <source>If no browser opened, open this URL to sign in:</source>
        <translation>如果没有打开浏览器，请打开此 URL 进行登录：</translation>
    </message>
    <message>
        <source>Open this URL in a browser and sign in:</source>
        <translation>请在浏览器中打开此 URL 并登录：</translation>
    </message>
    <message>
        <source>Consent recorded for %1 (MFA: %2); refresh token stored in %3.</source>
        <translation>已记录 %1 的同意（MFA：%2）；刷新令牌已存储在 %3 中。</translation>
    </message>
    <message>
        <source>system (open the browser) or print (print the URL).</source>
        <translation>system（打开浏览器）或 print（输出 URL）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in.</source>
        <translation>等待登录的秒数。</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>用于登录的帐户。</translation>
    </message>
    <message>
        <source>Keep a token without MFA evidence (health will flag it).</source>
        <translation>保留没有 MFA 证据的令牌（运行状况检查会标记它）。</translation>
    </message>
    <message>
        <source>Browser: must be system or print, not &quot;%1&quot;.</source>
        <translation>浏览器：必须是 system 或 print，而不是“%1”。</translation>
    </message>
    <message>
        <source>Timeout: give 10 to 3600 seconds, not &quot;%1&quot;.</source>
        <translation>超时：请提供 10 到 3600 秒，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>(%n chars)</source>
        <translation>
            <numerusform>（%n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience: %1 is not available in the cloud %2.</source>
        <translation>受众：%1 在云 %2 中不可用。</translation>
    </message>
    <message>
        <source>Audience: give partner-center, graph, arm, keyvault, aad-graph or a resource URI, not &quot;%1&quot;.</source>
        <translation>受众：请提供 partner-center、graph、arm、keyvault、aad-graph 或资源 URI，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1/%2 customers checked</source>
        <translation>已检查 %1/%2 个客户</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Customers not checked: %1</source>
        <translation>未检查的客户：%1</translation>
    </message>
    <message>
        <source>Only this profile.</source>
        <translation>仅此配置文件。</translation>
    </message>
    <message>
        <source>Check every customer tenant too.</source>
        <translation>同时检查每个客户租户。</translation>
    </message>
    <message>
        <source>Customers checked at once.</source>
        <translation>同时检查的客户数。</translation>
    </message>
    <message>
        <source>Concurrency: give a number, not &quot;%1&quot;.</source>
        <translation>并发数：请提供一个数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Every profile with a consent.</source>
        <translation>每个已同意的配置文件。</translation>
    </message>
    <message>
        <source>give either --profile P or --all</source>
        <translation>请提供 --profile P 或 --all 之一</translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation>保管库 URL</translation>
    </message>
    <message>
        <source>Vault URL: %1 is not a Key Vault of the cloud %2 (expected a host under %3).</source>
        <translation>保管库 URL：%1 不是云 %2 的 Key Vault（应为 %3 下的主机）。</translation>
    </message>
    <message>
        <source>Exported the refresh token to %1 as secret %2.</source>
        <translation>已将刷新令牌导出到 %1，机密名称为 %2。</translation>
    </message>
    <message>
        <source>Request id: %1 · correlation id: %2</source>
        <translation>请求 ID：%1 · 关联 ID：%2</translation>
    </message>
    <message>
        <source>expected: keyvault export --profile P --vault URL [--name NAME]</source>
        <translation>应为：keyvault export --profile P --vault URL [--name NAME]</translation>
    </message>
    <message>
        <source>Vault URL.</source>
        <translation>保管库 URL。</translation>
    </message>
    <message>
        <source>Secret name.</source>
        <translation>机密名称。</translation>
    </message>
    <message>
        <source>give --profile P and --vault URL</source>
        <translation>请提供 --profile P 和 --vault URL</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>配置文件名称。</translation>
    </message>
    <message>
        <source>global, china, usgov, germany or custom.</source>
        <translation>global、china、usgov、germany 或 custom。</translation>
    </message>
    <message>
        <source>Custom cloud file (JSON).</source>
        <translation>自定义云文件（JSON）。</translation>
    </message>
    <message>
        <source>Partner tenant: GUID or domain.</source>
        <translation>合作伙伴租户：GUID 或域。</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>应用程序（客户端）ID。</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>从标准输入读取客户端密码。</translation>
    </message>
    <message>
        <source>Certificate with its private key: PEM or PFX file.</source>
        <translation>包含私钥的证书：PEM 或 PFX 文件。</translation>
    </message>
    <message>
        <source>Read the PFX password or PEM key passphrase from standard input.</source>
        <translation>从标准输入读取 PFX 密码或 PEM 密钥的密码短语。</translation>
    </message>
    <message>
        <source>v1 (resource) or v2 (scope).</source>
        <translation>v1（资源）或 v2（范围）。</translation>
    </message>
    <message>
        <source>Redirect URI.</source>
        <translation>重定向 URI。</translation>
    </message>
    <message>
        <source>Certificate: cannot read %1: %2</source>
        <translation>证书：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Certificate: %1 is too large to be a certificate.</source>
        <translation>证书：%1 太大，不可能是证书。</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>Cloud: give --cloud (global, china, usgov, germany or custom).</source>
        <translation>云：请提供 --cloud（global、china、usgov、germany 或 custom）。</translation>
    </message>
    <message>
        <source>Protocol: must be v1 or v2, not &quot;%1&quot;.</source>
        <translation>协议：必须是 v1 或 v2，而不是“%1”。</translation>
    </message>
    <message>
        <source>Credential: give --secret-stdin or --certificate, not both.</source>
        <translation>凭据：请提供 --secret-stdin 或 --certificate，不能同时提供。</translation>
    </message>
    <message>
        <source>Credential: --certificate-password-stdin needs --certificate.</source>
        <translation>凭据：--certificate-password-stdin 需要 --certificate。</translation>
    </message>
    <message>
        <source>the profile was not added: %1</source>
        <translation>未添加配置文件：%1</translation>
    </message>
    <message>
        <source>Client secret: standard input was empty.</source>
        <translation>客户端密码：标准输入为空。</translation>
    </message>
    <message>
        <source>Name: a profile named &quot;%1&quot; already exists.</source>
        <translation>名称：已存在名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Added profile %1 (id %2).</source>
        <translation>已添加配置文件 %1（ID %2）。</translation>
    </message>
    <message>
        <source>No profiles. Add one with: pcauthctl profile add --help</source>
        <translation>没有配置文件。可使用以下命令添加：pcauthctl profile add --help</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>未同意</translation>
    </message>
    <message>
        <source>Name:           %1</source>
        <translation>名称：          %1</translation>
    </message>
    <message>
        <source>Id:             %1</source>
        <translation>ID：            %1</translation>
    </message>
    <message>
        <source>Cloud:          %1</source>
        <translation>云：            %1</translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation>合作伙伴租户：  %1</translation>
    </message>
    <message>
        <source>Client id:      %1</source>
        <translation>客户端 ID：     %1</translation>
    </message>
    <message>
        <source>Credential:     %1</source>
        <translation>凭据：          %1</translation>
    </message>
    <message>
        <source>Protocol:       %1</source>
        <translation>协议：          %1</translation>
    </message>
    <message>
        <source>Redirect URI:   %1</source>
        <translation>重定向 URI：    %1</translation>
    </message>
    <message>
        <source>Certificate:    x5t %1</source>
        <translation>证书：          x5t %1</translation>
    </message>
    <message>
        <source>Consent:        %1, MFA %2, issued %3</source>
        <translation>同意：          %1，MFA %2，颁发于 %3</translation>
    </message>
    <message>
        <source>Last redeemed:  %1</source>
        <translation>上次兑换：      %1</translation>
    </message>
    <message>
        <source>Consent:        none recorded (pcauthctl consent --profile %1)</source>
        <translation>同意：          未记录（pcauthctl consent --profile %1）</translation>
    </message>
    <message>
        <source>%1 takes one profile name or id</source>
        <translation>%1 只接受一个配置文件名称或 ID</translation>
    </message>
    <message>
        <source>the profile was kept because its keychain items could not be removed: %1</source>
        <translation>由于无法删除其密钥链项，已保留该配置文件：%1</translation>
    </message>
    <message>
        <source>Removed profile %1 and its keychain items.</source>
        <translation>已删除配置文件 %1 及其密钥链项。</translation>
    </message>
    <message>
        <source>pcauthctl schedule: the scheduler was not updated; run:</source>
        <translation>pcauthctl schedule：计划程序未更新；请运行：</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <source>Removed the keepalive schedule.</source>
        <translation>已删除保活计划。</translation>
    </message>
    <message>
        <source>Keepalive schedule: installed</source>
        <translation>保活计划：已安装</translation>
    </message>
    <message>
        <source>Keepalive schedule: not installed</source>
        <translation>保活计划：未安装</translation>
    </message>
    <message>
        <source>expected install, remove or status</source>
        <translation>应为 install、remove 或 status</translation>
    </message>
    <message>
        <source>Interval: Nh (dividing 24) or Nd (1-28).</source>
        <translation>间隔：Nh（24 的约数）或 Nd（1-28）。</translation>
    </message>
    <message>
        <source>Every: give Nh (a divisor of 24) or Nd (1 to 28 days), not &quot;%1&quot;; refresh tokens expire after 90 days without use.</source>
        <translation>Every：请提供 Nh（24 的约数）或 Nd（1 到 28 天），而不是“%1”；刷新令牌在 90 天未使用后过期。</translation>
    </message>
    <message>
        <source>partner tenant</source>
        <translation>合作伙伴租户</translation>
    </message>
    <message>
        <source>%1 token for %2 (%3) in %4</source>
        <translation>%1令牌，用于 %2（%3），位于 %4</translation>
    </message>
    <message>
        <source>App-only</source>
        <translation>仅应用</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Token:   %1</source>
        <translation>令牌：   %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>过期：   %1</translation>
    </message>
    <message>
        <source>Use --show-token to print the token itself.</source>
        <translation>使用 --show-token 可输出令牌本身。</translation>
    </message>
    <message>
        <source>partner-center, graph, arm, keyvault, aad-graph or a URI.</source>
        <translation>partner-center、graph、arm、keyvault、aad-graph 或 URI。</translation>
    </message>
    <message>
        <source>App-only token (client credentials).</source>
        <translation>仅应用令牌（客户端凭据）。</translation>
    </message>
    <message>
        <source>Print the token itself on stdout.</source>
        <translation>在 stdout 上输出令牌本身。</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>租户：%1</translation>
    </message>
    <message>
        <source>pcauthctl token: warning: %1</source>
        <translation>pcauthctl token：警告：%1</translation>
    </message>
    <message>
        <source>Read the new client secret from standard input.</source>
        <translation>从标准输入读取新的客户端密码。</translation>
    </message>
    <message>
        <source>Certificate with its private key: PEM or PFX.</source>
        <translation>包含私钥的证书：PEM 或 PFX。</translation>
    </message>
    <message>
        <source>Profile: give --profile NAME.</source>
        <translation>配置文件：请提供 --profile NAME。</translation>
    </message>
    <message>
        <source>Certificate: give one PEM or PFX file with its private key.</source>
        <translation>证书：请提供一个包含私钥的 PEM 或 PFX 文件。</translation>
    </message>
    <message>
        <source>Client secret: give --secret-stdin and the secret on standard input; a secret is never taken from the command line.</source>
        <translation>客户端密码：请提供 --secret-stdin，并通过标准输入传入密码；密码绝不会从命令行获取。</translation>
    </message>
    <message>
        <source>Usage: pcauthctl profile add|list|show NAME|remove NAME|set-secret --profile NAME --secret-stdin|set-certificate --profile NAME FILE</source>
        <translation>用法：pcauthctl profile add|list|show NAME|remove NAME|set-secret --profile NAME --secret-stdin|set-certificate --profile NAME FILE</translation>
    </message>
    <message>
        <source>expected add, list, show NAME, remove NAME, set-secret or set-certificate; see pcauthctl profile --help</source>
        <translation>应为 add、list、show NAME、remove NAME、set-secret 或 set-certificate；参见 pcauthctl profile --help</translation>
    </message>
    <message>
        <source>--%1: give a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1：请提供 %2 到 %3 之间的数字，而不是“%4”。</translation>
    </message>
    <message>
        <source>A customer&apos;s tenant id (repeat for more).</source>
        <translation>客户的租户 ID（可重复指定多个）。</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated scopes to grant, comma-separated.</source>
        <translation>要授予的 Microsoft Graph 委托范围，以逗号分隔。</translation>
    </message>
    <message>
        <source>Remove the existing consent first (to change its scopes).</source>
        <translation>先删除现有同意（以更改其范围）。</translation>
    </message>
    <message>
        <source>Print the requests; send nothing.</source>
        <translation>输出请求；不发送任何内容。</translation>
    </message>
    <message>
        <source>Do not check the customers afterwards.</source>
        <translation>之后不检查客户。</translation>
    </message>
    <message>
        <source>The profile (name or id).</source>
        <translation>配置文件（名称或 ID）。</translation>
    </message>
    <message>
        <source>give a PROFILE and at least one --customer ID</source>
        <translation>请提供 PROFILE 以及至少一个 --customer ID</translation>
    </message>
    <message>
        <source>--scopes: give at least one scope.</source>
        <translation>--scopes：请至少提供一个范围。</translation>
    </message>
    <message>
        <source>%1/%2 customers granted</source>
        <translation>已为 %1/%2 个客户授予同意</translation>
    </message>
    <message>
        <source>Customers not read: %1</source>
        <translation>未读取客户：%1</translation>
    </message>
    <message>
        <source>Check the app&apos;s consent in every customer tenant too.</source>
        <translation>同时检查应用在每个客户租户中的同意。</translation>
    </message>
    <message>
        <source>Warn this many days before an end date.</source>
        <translation>在结束日期之前这么多天发出警告。</translation>
    </message>
    <message>
        <source>`access grant-consent --help`: grant the app&apos;s consent in customers.</source>
        <translation>`access grant-consent --help`：在客户中授予应用的同意。</translation>
    </message>
    <message>
        <source>give one PROFILE</source>
        <translation>请提供一个 PROFILE</translation>
    </message>
    <message>
        <source>Will the calls work? MFA, SAM app, GDAP, consent; grant consent</source>
        <translation>调用能否成功？MFA、SAM 应用、GDAP、同意；授予同意</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>访问权限：%1</translation>
    </message>
    <message>
        <source>Run the access checks too (MFA, SAM app, GDAP; with --customers also the app&apos;s consent in every customer).</source>
        <translation>同时运行访问检查（MFA、SAM 应用、GDAP；使用 --customers 时还会检查应用在每个客户中的同意）。</translation>
    </message>
    <message>
        <source>Write the GDAP relationships as CSV to FILE (&quot;-&quot;: standard output, instead of the report).</source>
        <translation>将 GDAP 关系以 CSV 格式写入 FILE（&quot;-&quot;：标准输出，代替报告）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Environment: PCAUTH_CONFIG_DIR (profiles folder), PCAUTH_KEYCHAIN_SERVICE (keychain service name, default pcauth), PCAUTH_EXTRA_CA_CERTS (a PEM file of certificate authorities trusted beside the system&apos;s, e.g. a TLS inspecting proxy&apos;s; certificates are verified all the same).</source>
        <translation>环境变量：PCAUTH_CONFIG_DIR（配置文件文件夹），PCAUTH_KEYCHAIN_SERVICE（密钥链服务名称，默认 pcauth），PCAUTH_EXTRA_CA_CERTS（一个 PEM 文件，包含在系统证书颁发机构之外额外信任的证书颁发机构，例如执行 TLS 检查的代理的证书颁发机构；证书仍会照常验证）。</translation>
    </message>
    <message>
        <source>pcauthctl: PCAUTH_EXTRA_CA_CERTS: %1 holds no PEM certificate.</source>
        <translation>pcauthctl：PCAUTH_EXTRA_CA_CERTS：%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>上次刷新：%1</translation>
    </message>
    <message>
        <source>Days left: %1</source>
        <translation>剩余天数：%1</translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation>访问令牌：%1</translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerCheckRun</name>
    <message>
        <source>Reading the customers of %1…</source>
        <translation>正在读取 %1 的客户…</translation>
    </message>
    <message numerus="yes">
        <source>%n customers read</source>
        <translation>
            <numerusform>已读取 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers checked</source>
        <extracomment>&quot;3 of 25 customers checked&quot;; %n is the total</extracomment>
        <translation>
            <numerusform>已检查 %1/%n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerHealthCheck</name>
    <message>
        <source>There is no token source for this tenant.</source>
        <translation>此租户没有令牌来源。</translation>
    </message>
    <message>
        <source> (%1 not checked: cancelled)</source>
        <translation>（%1 个未检查：已取消）</translation>
    </message>
    <message>
        <source>The concurrency must be between 1 and %1 customers at a time; %2 was given.</source>
        <translation>并发数必须介于 1 到 %1 个客户之间；提供的值为 %2。</translation>
    </message>
    <message>
        <source>Not checked: the health check was cancelled.</source>
        <translation>未检查：运行状况检查已取消。</translation>
    </message>
    <message>
        <source>No Graph token for this tenant: %1</source>
        <translation>此租户没有 Graph 令牌：%1</translation>
    </message>
    <message>
        <source>Graph answered for this tenant.</source>
        <translation>Graph 已为此租户作出响应。</translation>
    </message>
    <message>
        <source>Graph answered for this tenant (&quot;%1&quot;).</source>
        <translation>Graph 已为此租户作出响应（“%1”）。</translation>
    </message>
    <message>
        <source>Graph refused the token for %1 (HTTP %2): the partner has no admin role that may read this customer&apos;s directory.</source>
        <translation>Graph 拒绝了 %1 的令牌（HTTP %2）：合作伙伴没有可读取此客户目录的管理员角色。</translation>
    </message>
    <message>
        <source>Check the GDAP relationship with this customer: a security group the account belongs to needs a role that reads the directory, such as Directory Readers.</source>
        <translation>请检查与此客户的 GDAP 关系：该帐户所属的某个安全组需要具有可读取目录的角色，例如目录读取者。</translation>
    </message>
    <message>
        <source>Graph was still throttling after %1 attempts.</source>
        <translation>尝试 %1 次后 Graph 仍在限流。</translation>
    </message>
    <message>
        <source>Check this customer again in %1 seconds, or lower the concurrency.</source>
        <translation>请在 %1 秒后再次检查此客户，或降低并发数。</translation>
    </message>
    <message>
        <source>Check this customer again later, or lower the concurrency.</source>
        <translation>请稍后再次检查此客户，或降低并发数。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>缺少同意</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>无访问权限</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>已限流</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n customers checked in %1 s: %2 ok, %3 consent missing, %4 no access, %5 throttled, %6 failed</source>
        <translation>
            <numerusform>已在 %1 秒内检查 %n 个客户：%2 个正常，%3 个缺少同意，%4 个无访问权限，%5 个被限流，%6 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerListing</name>
    <message>
        <source>Reading the customers was cancelled.</source>
        <translation>已取消读取客户。</translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomersPage</name>
    <message>
        <source>%1 (no refresh token)</source>
        <translation>%1（无刷新令牌）</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>There is no profile yet: run the partner consent to make one.</source>
        <translation>尚无配置文件：请执行合作伙伴同意以创建一个。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no refresh token yet: run the partner consent for it first (File &gt; New partner consent), then load its customers.</source>
        <translation>配置文件“%1”尚无刷新令牌：请先为其执行合作伙伴同意（文件 &gt; 新建合作伙伴同意），然后加载其客户。</translation>
    </message>
    <message>
        <source>The profile to show no longer exists.</source>
        <translation>要显示的配置文件已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n customers.</source>
        <translation>
            <numerusform>已加载 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n customers.</source>
        <translation>
            <numerusform>加载 %n 个客户后已停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n customers.</source>
        <translation>
            <numerusform>加载 %n 个客户后已取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more customers to check first.</source>
        <translation>请先选择一个或多个要检查的客户。</translation>
    </message>
    <message>
        <source>No customers loaded</source>
        <translation>未加载客户</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customers</source>
        <extracomment>&quot;1,234 of 5,000 customers&quot;: shown (filtered) of loaded</extracomment>
        <translation>
            <numerusform>%1/%2 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers as listed at %1; Reload reads them again.</source>
        <extracomment>%1: the time the dashboard or this page last listed them</extracomment>
        <translation>
            <numerusform>%1 时列出的 %n 个客户；“重新加载”会再次读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches the filter: none to check.</source>
        <translation>没有与筛选器匹配的客户：无可检查的客户。</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>全部检查(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>Chec&amp;k %n shown</source>
        <extracomment>The button checks only the customers the filter shows</extracomment>
        <translation>
            <numerusform>检查显示的 %n 个客户(&amp;K)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the access of every loaded customer</source>
        <translation>检查对每个已加载客户的访问权限</translation>
    </message>
    <message numerus="yes">
        <source>Check the access of the %n customers the filter shows (of %1 loaded)</source>
        <translation>
            <numerusform>检查对筛选器显示的 %n 个客户的访问权限（共加载 %1 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled: %1.</source>
        <translation>检查已取消：%1。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated</source>
        <translation>复制所选行（以制表符分隔）</translation>
    </message>
    <message>
        <source>Copy tenant &amp;ID</source>
        <translation>复制租户 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;domain</source>
        <translation>复制域(&amp;D)</translation>
    </message>
    <message>
        <source>Check &amp;access</source>
        <translation>检查访问权限(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test call…</source>
        <translation>测试调用(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the request console on this customer&apos;s tenant</source>
        <translation>为此客户的租户打开请求控制台</translation>
    </message>
    <message>
        <source>&amp;Grant consent…</source>
        <translation>授予同意(&amp;G)…</translation>
    </message>
    <message>
        <source>Grant the app&apos;s consent, through Partner Center, in the selected customers whose check found it missing</source>
        <translation>通过合作伙伴中心，在检查发现缺少同意的所选客户中授予该应用的同意</translation>
    </message>
</context>
<context>
    <name>PCAuth::Dashboard</name>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>No MFA</source>
        <translation>无 MFA</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>PCAuth::DashboardPage</name>
    <message>
        <source>Refreshing %1…</source>
        <translation>正在刷新 %1…</translation>
    </message>
    <message>
        <source>Fetching the access token of %1…</source>
        <translation>正在获取 %1 的访问令牌…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its refresh token and credentials are deleted from the keychain; to use it again you would need a new partner consent. The app registration in Entra ID is not changed.</source>
        <translation>删除配置文件“%1”？其刷新令牌和凭据将从密钥链中删除；要再次使用它，需要重新进行合作伙伴同意。Entra ID 中的应用注册不会更改。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>未删除 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看其详细信息。</translation>
    </message>
    <message>
        <source>Access of %1: %2</source>
        <translation>%1 的访问权限：%2</translation>
    </message>
    <message>
        <source>Checking the access of %1: %2 of %3 customers</source>
        <translation>正在检查 %1 的访问权限：%2/%3 个客户</translation>
    </message>
    <message>
        <source>Checking the access of %1…</source>
        <translation>正在检查 %1 的访问权限…</translation>
    </message>
    <message>
        <source>Run &amp;consent again</source>
        <translation>重新执行同意(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in and &amp;consent</source>
        <translation>登录并同意(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in again for this profile to get a new refresh token</source>
        <translation>为此配置文件重新登录以获取新的刷新令牌</translation>
    </message>
    <message>
        <source>Sign in with the partner&apos;s integration account to record the partner consent for this profile</source>
        <translation>使用合作伙伴的集成帐户登录，以记录此配置文件的合作伙伴同意</translation>
    </message>
    <message>
        <source>Run consent again</source>
        <translation>重新执行同意</translation>
    </message>
    <message>
        <source>Sign in and consent</source>
        <translation>登录并同意</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>测试调用</translation>
    </message>
    <message>
        <source>Open in &amp;console</source>
        <translation>在控制台中打开(&amp;C)</translation>
    </message>
    <message>
        <source>Test call for %1…</source>
        <translation>%1 的测试调用…</translation>
    </message>
    <message>
        <source>Test call for %1</source>
        <translation>%1 的测试调用</translation>
    </message>
</context>
<context>
    <name>PCAuth::ErrorCatalogue</name>
    <message>
        <source>Multi-factor authentication is required now (a Conditional Access or security policy asks for it).</source>
        <translation>现在需要多重身份验证（条件访问策略或安全策略要求）。</translation>
    </message>
    <message>
        <source>Run the partner consent again and complete multi-factor authentication.</source>
        <translation>请重新执行合作伙伴同意并完成多重身份验证。</translation>
    </message>
    <message>
        <source>The account must register security information for multi-factor authentication before it can sign in.</source>
        <translation>该帐户必须先注册多重身份验证的安全信息，然后才能登录。</translation>
    </message>
    <message>
        <source>Register security info for the account (https://aka.ms/mysecurityinfo); a federated identity provider must send the multipleauthn claim.</source>
        <translation>请为该帐户注册安全信息（https://aka.ms/mysecurityinfo）；联合标识提供者必须发送 multipleauthn 声明。</translation>
    </message>
    <message>
        <source>The multi-factor authentication proof has expired under the tenant&apos;s policy.</source>
        <translation>根据租户的策略，多重身份验证证明已过期。</translation>
    </message>
    <message>
        <source>Sign in again and complete multi-factor authentication.</source>
        <translation>请重新登录并完成多重身份验证。</translation>
    </message>
    <message>
        <source>The refresh token expired because it was not used for 90 days.</source>
        <translation>刷新令牌已过期，因为它已有 90 天未使用。</translation>
    </message>
    <message>
        <source>Run the partner consent again, then enable keep-alive so the token is used regularly.</source>
        <translation>请重新执行合作伙伴同意，然后启用保活，使令牌得到定期使用。</translation>
    </message>
    <message>
        <source>The token expired under a Conditional Access sign-in frequency policy.</source>
        <translation>令牌因条件访问登录频率策略而过期。</translation>
    </message>
    <message>
        <source>Sign in again, and ask an admin to review the sign-in frequency policy for this service account.</source>
        <translation>请重新登录，并请管理员检查此服务帐户的登录频率策略。</translation>
    </message>
    <message>
        <source>The refresh token was revoked: the password was changed or an admin revoked the sessions.</source>
        <translation>刷新令牌已被吊销：密码已更改，或管理员吊销了会话。</translation>
    </message>
    <message>
        <source>Sign in again: run the partner consent to get a new refresh token.</source>
        <translation>请重新登录：执行合作伙伴同意以获取新的刷新令牌。</translation>
    </message>
    <message>
        <source>The session is no longer valid because the password was changed or has expired.</source>
        <translation>会话已失效，因为密码已更改或已过期。</translation>
    </message>
    <message>
        <source>The account&apos;s password has expired, which invalidates its tokens.</source>
        <translation>该帐户的密码已过期，这会使其令牌失效。</translation>
    </message>
    <message>
        <source>Change the password, then sign in again: run the partner consent.</source>
        <translation>请更改密码，然后重新登录：执行合作伙伴同意。</translation>
    </message>
    <message>
        <source>The application has not been granted consent in this tenant.</source>
        <translation>此租户尚未向该应用程序授予同意。</translation>
    </message>
    <message>
        <source>Partner tenant: grant admin consent to the app; customer tenant: create the application consent and check the GDAP relationship.</source>
        <translation>合作伙伴租户：向应用授予管理员同意；客户租户：创建应用程序同意并检查 GDAP 关系。</translation>
    </message>
    <message>
        <source>The application is not authorized in the customer tenant for delegated admin access.</source>
        <translation>该应用程序在客户租户中未获得委托管理员访问权限的授权。</translation>
    </message>
    <message>
        <source>Pre-consent the application in the customer tenant (Partner Center application consent).</source>
        <translation>请在客户租户中预先同意该应用程序（合作伙伴中心应用程序同意）。</translation>
    </message>
    <message>
        <source>Delegated admin access is blocked because of risk detected on the account in the partner tenant.</source>
        <translation>委托管理员访问已被阻止，因为在合作伙伴租户中检测到该帐户存在风险。</translation>
    </message>
    <message>
        <source>Resolve the risk for the account in the partner tenant (Entra ID Protection), then try again.</source>
        <translation>请在合作伙伴租户中解决该帐户的风险（Entra ID 保护），然后重试。</translation>
    </message>
    <message>
        <source>The refresh token was issued to a different application (client id).</source>
        <translation>刷新令牌是颁发给另一个应用程序（客户端 ID）的。</translation>
    </message>
    <message>
        <source>Use the application the token was obtained with: each token is stored with its client id.</source>
        <translation>请使用获取该令牌时所用的应用程序：每个令牌都与其客户端 ID 一起存储。</translation>
    </message>
    <message>
        <source>The redirect URI sent does not match any redirect URI registered for the application.</source>
        <translation>发送的重定向 URI 与为该应用程序注册的任何重定向 URI 都不匹配。</translation>
    </message>
    <message>
        <source>Register the exact redirect URI of this profile (for example http://localhost) in the app registration.</source>
        <translation>请在应用注册中注册此配置文件的确切重定向 URI（例如 http://localhost）。</translation>
    </message>
    <message>
        <source>The client secret is invalid (a new secret can take a minute to replicate before it works).</source>
        <translation>客户端密码无效（新密码可能需要约一分钟完成复制后才能生效）。</translation>
    </message>
    <message>
        <source>Check or rotate the client secret; better, use a certificate.</source>
        <translation>请检查或轮换客户端密码；更好的做法是使用证书。</translation>
    </message>
    <message>
        <source>The client secret has expired.</source>
        <translation>客户端密码已过期。</translation>
    </message>
    <message>
        <source>Rotate the client secret (a new one can take a minute to replicate); better, use a certificate.</source>
        <translation>请轮换客户端密码（新密码可能需要约一分钟完成复制）；更好的做法是使用证书。</translation>
    </message>
    <message>
        <source>The application was not found in this tenant.</source>
        <translation>在此租户中找不到该应用程序。</translation>
    </message>
    <message>
        <source>Check the application id, the tenant id and the cloud of the profile.</source>
        <translation>请检查配置文件的应用程序 ID、租户 ID 和云。</translation>
    </message>
    <message>
        <source>The tenant was not found.</source>
        <translation>找不到该租户。</translation>
    </message>
    <message>
        <source>Check the tenant id and the cloud of the profile.</source>
        <translation>请检查配置文件的租户 ID 和云。</translation>
    </message>
    <message>
        <source>The tenant belongs to another cloud.</source>
        <translation>该租户属于另一个云。</translation>
    </message>
    <message>
        <source>Access was blocked by a Conditional Access policy.</source>
        <translation>访问被条件访问策略阻止。</translation>
    </message>
    <message>
        <source>Ask a tenant admin to review the Conditional Access policy; the sign-in log finds it by the ids below.</source>
        <translation>请让租户管理员检查条件访问策略；可在登录日志中按下面的 ID 找到它。</translation>
    </message>
    <message>
        <source>A guest or external account cannot sign in to this tenant.</source>
        <translation>来宾帐户或外部帐户无法登录到此租户。</translation>
    </message>
    <message>
        <source>Sign in with a member account of the partner tenant.</source>
        <translation>请使用合作伙伴租户的成员帐户登录。</translation>
    </message>
    <message>
        <source>Partner Center rejected the token: it carries no multi-factor authentication claim.</source>
        <translation>合作伙伴中心拒绝了该令牌：它不包含多重身份验证声明。</translation>
    </message>
    <message>
        <source>Run the partner consent again with a fresh sign-in (prompt=login) and complete multi-factor authentication.</source>
        <translation>请使用全新登录（prompt=login）重新执行合作伙伴同意，并完成多重身份验证。</translation>
    </message>
    <message>
        <source>There is no commerce relationship between the partner and this customer.</source>
        <translation>合作伙伴与此客户之间没有商业关系。</translation>
    </message>
    <message>
        <source>Check the customer relationship in Partner Center.</source>
        <translation>请在合作伙伴中心检查客户关系。</translation>
    </message>
    <message>
        <source>The refresh token (or authorization code) is invalid or has expired.</source>
        <translation>刷新令牌（或授权代码）无效或已过期。</translation>
    </message>
    <message>
        <source>Run the partner consent again.</source>
        <translation>请重新执行合作伙伴同意。</translation>
    </message>
    <message>
        <source>The client credentials were rejected.</source>
        <translation>客户端凭据被拒绝。</translation>
    </message>
    <message>
        <source>Check the client secret or certificate of the app registration.</source>
        <translation>请检查应用注册的客户端密码或证书。</translation>
    </message>
    <message>
        <source>Run the partner consent again and accept the requested permissions.</source>
        <translation>请重新执行合作伙伴同意并接受所请求的权限。</translation>
    </message>
    <message>
        <source>The sign-in service had a temporary problem.</source>
        <translation>登录服务出现临时问题。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, quote the ids to Microsoft support.</source>
        <translation>请在几分钟后重试；如果问题仍然存在，请向 Microsoft 支持提供这些 ID。</translation>
    </message>
    <message>
        <source>The service sent an error without an HTTP status.</source>
        <translation>服务发送了一个没有 HTTP 状态的错误。</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>服务以 HTTP 状态 %1 作出响应。</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1 (%2).</source>
        <translation>服务以 HTTP 状态 %1（%2）作出响应。</translation>
    </message>
    <message>
        <source>Register this exact redirect URI in the app registration: %1</source>
        <translation>请在应用注册中注册这个确切的重定向 URI：%1</translation>
    </message>
    <message>
        <source>The service is throttling requests: too many were sent.</source>
        <translation>服务正在限制请求：发送的请求过多。</translation>
    </message>
    <message>
        <source>Wait %1 seconds before retrying; send fewer requests in parallel.</source>
        <translation>请等待 %1 秒后重试；减少并行发送的请求。</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, then retry with exponential back-off and fewer parallel requests.</source>
        <translation>请等待 Retry-After 中给出的时间，然后使用指数退避并减少并行请求后重试。</translation>
    </message>
    <message>
        <source>The service had a temporary problem (HTTP %1).</source>
        <translation>服务出现临时问题（HTTP %1）。</translation>
    </message>
    <message>
        <source>Check the details below; quote the ids to Microsoft support.</source>
        <translation>请查看下面的详细信息；向 Microsoft 支持提供这些 ID。</translation>
    </message>
    <message>
        <source>Partner Center code %1</source>
        <translation>合作伙伴中心代码 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>跟踪 ID %1</translation>
    </message>
    <message>
        <source>client request id %1</source>
        <translation>客户端请求 ID %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>关联 ID %1</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>时间 %1</translation>
    </message>
    <message>
        <source>Wrong cloud selected?</source>
        <translation>是否选择了错误的云？</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>服务返回：%1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>响应：%1</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication for app+user calls, and this token carries none (app-only calls are not affected).</source>
        <translation>合作伙伴中心要求应用+用户调用必须经过多重身份验证，而此令牌不包含多重身份验证（仅应用调用不受影响）。</translation>
    </message>
    <message>
        <source>Sign in again through the partner consent and complete multi-factor authentication.</source>
        <translation>请通过合作伙伴同意重新登录并完成多重身份验证。</translation>
    </message>
</context>
<context>
    <name>PCAuth::GdapModel</name>
    <message>
        <source>No relationship</source>
        <translation>没有关系</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>State</source>
        <translation>关系状态</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Auto-extend</source>
        <translation>自动延期</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>PCAuth::GdapTimeline</name>
    <message>
        <source>GDAP end dates, today to 90 days</source>
        <translation>GDAP 结束日期，从今天到 90 天后</translation>
    </message>
    <message numerus="yes">
        <source>+%n later</source>
        <translation>
            <numerusform>+%n 个更晚</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, ends %3 (%4)</source>
        <translation>%1：%2，结束于 %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) end within 90 days</source>
        <translation>
            <numerusform>%n 个关系将在 90 天内结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n 个已结束</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::GrantConsentController</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Consent after re-check</source>
        <translation>重新检查后的同意</translation>
    </message>
    <message>
        <source>No customer is selected.</source>
        <translation>未选择任何客户。</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>正在等待…</translation>
    </message>
    <message>
        <source>Checking the customers&apos; consent again…</source>
        <translation>正在重新检查客户的同意…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers – waiting for Partner Center (throttled)…</source>
        <translation>
            <numerusform>%1/%n 个客户 – 正在等待合作伙伴中心（已限流）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers</source>
        <translation>
            <numerusform>%1/%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已授予</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Not sent: the grant was cancelled first.</source>
        <translation>未发送：授予操作已先被取消。</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <source>%1 Partner Center may still have carried it out; check this customer again.</source>
        <translation>%1 合作伙伴中心可能仍已执行该请求；请再次检查此客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n granted</source>
        <translation>
            <numerusform>%n 个已授予</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 个未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1. Re-check: %2 of %n customers consented.</source>
        <translation>
            <numerusform>%1。重新检查：%n 个客户中有 %2 个已同意。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::GrantConsentDialog</name>
    <message>
        <source>Grant consent</source>
        <translation>授予同意</translation>
    </message>
    <message>
        <source>PCAuth asks Partner Center to add this app (%1) to the tenant of each listed customer, with the permissions below, as the partner user signed in to profile “%2”. Each tenant gets the app&apos;s service principal and an admin consent for all its users; the customers&apos; admins are not asked. Nothing is sent until you click Grant.</source>
        <translation>PCAuth 将以登录配置文件“%2”的合作伙伴用户身份，请求合作伙伴中心将此应用（%1）添加到列出的每个客户的租户中，并授予下方的权限。每个租户都会获得该应用的服务主体以及适用于其所有用户的管理员同意；不会询问客户的管理员。在你单击“授予”之前，不会发送任何内容。</translation>
    </message>
    <message>
        <source>Where the app is already consented, its consent is removed first (DELETE), then granted again with these permissions.</source>
        <translation>如果应用已获得同意，则会先删除其同意（DELETE），然后使用这些权限重新授予。</translation>
    </message>
    <message>
        <source>e.g. Directory.Read.All, User.Read.All</source>
        <translation>例如 Directory.Read.All, User.Read.All</translation>
    </message>
    <message>
        <source>(no body: a DELETE removes the app&apos;s consent and its permissions in this tenant)</source>
        <translation>（无正文：DELETE 会删除该应用在此租户中的同意及其权限）</translation>
    </message>
    <message>
        <source>Stop granting consent?</source>
        <translation>停止授予同意？</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers are done. Closing stops the grant: the others are not sent. A request already sent may still be carried out by Partner Center.</source>
        <translation>
            <numerusform>%n 个客户中已完成 %1 个。关闭将停止授予：其余请求不会发送。已发送的请求仍可能由合作伙伴中心执行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>停止并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PCAuth::GraphClient</name>
    <message>
        <source>Graph&apos;s next link points elsewhere (%1): not followed.</source>
        <translation>Graph 的下一页链接指向其他位置（%1）：未跟随。</translation>
    </message>
    <message>
        <source>Graph&apos;s answer has no &quot;value&quot; list.</source>
        <translation>Graph 的响应中没有 &quot;value&quot; 列表。</translation>
    </message>
    <message>
        <source>Graph kept announcing more pages after %1; stopped.</source>
        <translation>Graph 在 %1 页之后仍提示还有更多页；已停止。</translation>
    </message>
</context>
<context>
    <name>PCAuth::HealthModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>没有客户</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation>合作伙伴租户：%1</translation>
    </message>
    <message>
        <source>Estimated end of the 90-day inactivity window: %1. The refresh token does not carry its expiry, so this is counted from its last use.</source>
        <translation>90 天不活动期限的估计结束时间：%1。刷新令牌不包含其过期时间，因此从其上次使用开始计算。</translation>
    </message>
    <message>
        <source>No access token in memory; one is fetched when needed.</source>
        <translation>内存中没有访问令牌；需要时会获取。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Tenant id: %1</source>
        <translation>租户 ID：%1</translation>
    </message>
    <message>
        <source>Customers could not be read</source>
        <translation>无法读取客户</translation>
    </message>
    <message>
        <source>Reading customers…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>The customers of %1 could not be read: %2</source>
        <translation>无法读取 %1 的客户：%2</translation>
    </message>
    <message>
        <source>%1 (tenant %2)</source>
        <translation>%1（租户 %2）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Last action failed: %1</source>
        <translation>上次操作失败：%1</translation>
    </message>
    <message>
        <source>Not checked yet. Use “Check customers” to check access.</source>
        <translation>尚未检查。请使用“检查客户”检查访问权限。</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>%1 (checking again…)</source>
        <translation>%1（正在重新检查…）</translation>
    </message>
    <message>
        <source>Access: not checked. Use “Check access” to see whether the calls will work.</source>
        <translation>访问权限：未检查。请使用“检查访问权限”查看调用能否成功。</translation>
    </message>
    <message>
        <source>Access: %1
%2</source>
        <translation>访问权限：%1
%2</translation>
    </message>
</context>
<context>
    <name>PCAuth::HttpClient</name>
    <message>
        <source>The request URL</source>
        <translation>请求 URL</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>对 %1 的请求已取消。</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; PCAuth refuses it.</source>
        <translation>来自 %1 的响应大于 %2 MiB；PCAuth 拒绝接收。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>无法在 %2 秒内连接到 %1。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (attempts: %3).</source>
        <translation>%1 在 %2 秒内没有响应（尝试次数：%3）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. PCAuth never ignores certificate errors: check the system clock and any proxy that inspects TLS.</source>
        <translation>与 %1 的安全连接失败：%2。PCAuth 从不忽略证书错误：请检查系统时钟以及任何检查 TLS 的代理。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝了连接。</translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS).</source>
        <translation>找不到主机 %1（DNS）。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 在响应之前关闭了连接。</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>对 %1 的请求失败：%2</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before retrying (HTTP %3), longer than PCAuth waits (%4 s). Try again after %5 UTC.</source>
        <translation>%1 要求等待 %2 秒后再重试（HTTP %3），超过了 PCAuth 的等待时间（%4 秒）。请在 %5 UTC 之后重试。</translation>
    </message>
    <message>
        <source>%1 is still busy (HTTP %2; attempts: %3). Try again after %4 UTC.</source>
        <translation>%1 仍然繁忙（HTTP %2；尝试次数：%3）。请在 %4 UTC 之后重试。</translation>
    </message>
    <message>
        <source>(attempts: %1)</source>
        <translation>（尝试次数：%1）</translation>
    </message>
</context>
<context>
    <name>PCAuth::IdTokenValidator</name>
    <message>
        <source>The id_token header has no &quot;alg&quot;: refused; an id_token must be signed RS256.</source>
        <translation>id_token 标头中没有 &quot;alg&quot;：已拒绝；id_token 必须使用 RS256 签名。</translation>
    </message>
    <message>
        <source>The id_token is unsigned (alg &quot;none&quot;): refused; an id_token must be signed RS256 by a key of the authority.</source>
        <translation>id_token 未签名（alg &quot;none&quot;）：已拒绝；id_token 必须由颁发机构的密钥使用 RS256 签名。</translation>
    </message>
    <message>
        <source>The id_token uses alg &quot;%1&quot;, a shared-secret signature: refused; only RS256 signatures by a key in the authority&apos;s key set count.</source>
        <translation>id_token 使用 alg &quot;%1&quot;，这是共享机密签名：已拒绝；只有由颁发机构密钥集中的密钥生成的 RS256 签名才有效。</translation>
    </message>
    <message>
        <source>The id_token uses alg &quot;%1&quot;: refused; only RS256 is accepted.</source>
        <translation>id_token 使用 alg &quot;%1&quot;：已拒绝；只接受 RS256。</translation>
    </message>
    <message>
        <source>The id_token header has no &quot;kid&quot;, so no key of the key set can check its signature.</source>
        <translation>id_token 标头中没有 &quot;kid&quot;，因此密钥集中的任何密钥都无法检查其签名。</translation>
    </message>
    <message>
        <source>The id_token signature does not verify against the signing key %1: the token was altered or not issued by this authority.</source>
        <translation>无法使用签名密钥 %1 验证 id_token 签名：该令牌已被篡改，或不是由此颁发机构颁发的。</translation>
    </message>
    <message>
        <source>The id_token has no &quot;tid&quot; claim, needed to check its issuer against &quot;%1&quot;.</source>
        <translation>id_token 没有 &quot;tid&quot; 声明，而需要用它来对照 &quot;%1&quot; 检查颁发者。</translation>
    </message>
    <message>
        <source>The id_token has no &quot;iss&quot; (issuer) claim.</source>
        <translation>id_token 没有 &quot;iss&quot;（颁发者）声明。</translation>
    </message>
    <message>
        <source>The id_token issuer (iss) is &quot;%1&quot;; expected &quot;%2&quot;: the token comes from another authority or tenant.</source>
        <translation>id_token 的颁发者（iss）为 &quot;%1&quot;；应为 &quot;%2&quot;：该令牌来自其他颁发机构或租户。</translation>
    </message>
    <message>
        <source>The id_token has no &quot;aud&quot; (audience) claim.</source>
        <translation>id_token 没有 &quot;aud&quot;（受众）声明。</translation>
    </message>
    <message>
        <source>The id_token audience (aud) is &quot;%1&quot;; expected the client id &quot;%2&quot;: the token was issued to another app.</source>
        <translation>id_token 的受众（aud）为 &quot;%1&quot;；应为客户端 ID &quot;%2&quot;：该令牌是颁发给另一个应用的。</translation>
    </message>
    <message>
        <source>The id_token has several audiences but its authorized party (azp) is not the client id &quot;%1&quot;.</source>
        <translation>id_token 有多个受众，但其授权方（azp）不是客户端 ID &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No nonce was recorded for this sign-in, so the id_token cannot be tied to it: start the sign-in again.</source>
        <translation>未记录此次登录的 nonce，因此无法将 id_token 与其关联：请重新开始登录。</translation>
    </message>
    <message>
        <source>The id_token has no &quot;nonce&quot; claim although the sign-in request sent one: start the sign-in again.</source>
        <translation>尽管登录请求发送了 nonce，id_token 却没有 &quot;nonce&quot; 声明：请重新开始登录。</translation>
    </message>
    <message>
        <source>The id_token nonce does not match the one sent with this sign-in: the response may belong to another sign-in (a replay); start the sign-in again.</source>
        <translation>id_token 的 nonce 与此次登录发送的不匹配：该响应可能属于另一次登录（重放）；请重新开始登录。</translation>
    </message>
    <message>
        <source>The id_token claim &quot;%1&quot; is not a date (NumericDate).</source>
        <translation>id_token 声明 &quot;%1&quot; 不是日期（NumericDate）。</translation>
    </message>
    <message>
        <source>allowed clock difference %1 s</source>
        <translation>允许的时钟偏差 %1 秒</translation>
    </message>
    <message>
        <source>The id_token has no &quot;exp&quot; (expiry) claim.</source>
        <translation>id_token 没有 &quot;exp&quot;（过期时间）声明。</translation>
    </message>
    <message>
        <source>The id_token expired at %1 (now %2, %3): sign in again, and check this computer&apos;s clock if this repeats.</source>
        <translation>id_token 已于 %1 过期（现在 %2，%3）：请重新登录；如果再次出现，请检查此计算机的时钟。</translation>
    </message>
    <message>
        <source>The id_token &quot;%1&quot; is %2, in the future (now %3, %4): check this computer&apos;s clock.</source>
        <translation>id_token 的 &quot;%1&quot; 为 %2，位于将来（现在 %3，%4）：请检查此计算机的时钟。</translation>
    </message>
    <message>
        <source>No issuer or client id was given to check the id_token against: it cannot be validated.</source>
        <translation>未提供用于检查 id_token 的颁发者或客户端 ID：无法验证该令牌。</translation>
    </message>
    <message>
        <source>The id_token is malformed: %1</source>
        <translation>id_token 格式错误：%1</translation>
    </message>
</context>
<context>
    <name>PCAuth::JsonWebKeySet</name>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation>密钥 %1（kid &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;%2&quot; is missing or not a string.</source>
        <translation>密钥集的%1：&quot;%2&quot; 缺失或不是字符串。</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;%2&quot; is not valid base64url.</source>
        <translation>密钥集的%1：&quot;%2&quot; 不是有效的 base64url。</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;x5c&quot; does not hold a readable certificate.</source>
        <translation>密钥集的%1：&quot;x5c&quot; 不包含可读的证书。</translation>
    </message>
    <message>
        <source>not an RSA key (kty &quot;%1&quot;): skipped</source>
        <translation>不是 RSA 密钥（kty &quot;%1&quot;）：已跳过</translation>
    </message>
    <message>
        <source>not a signing key (use &quot;%1&quot;): skipped</source>
        <translation>不是签名密钥（use &quot;%1&quot;）：已跳过</translation>
    </message>
    <message>
        <source>meant for alg &quot;%1&quot;, not RS256: skipped</source>
        <translation>用于 alg &quot;%1&quot;，而不是 RS256：已跳过</translation>
    </message>
    <message>
        <source>no kid, so no token can name it: skipped</source>
        <translation>没有 kid，因此没有令牌可以指明它：已跳过</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;n&quot; and &quot;e&quot; do not form an RSA public key.</source>
        <translation>密钥集的%1：&quot;n&quot; 和 &quot;e&quot; 不构成 RSA 公钥。</translation>
    </message>
    <message>
        <source>its x5c certificate does not hold an RSA key: skipped</source>
        <translation>其 x5c 证书不包含 RSA 密钥：已跳过</translation>
    </message>
    <message>
        <source>an RSA key of %1 bits, under the %2-bit minimum: skipped</source>
        <translation>RSA 密钥为 %1 位，低于 %2 位的最低要求：已跳过</translation>
    </message>
    <message>
        <source>The key set is larger than %1 bytes: refused.</source>
        <translation>密钥集大于 %1 字节：已拒绝。</translation>
    </message>
    <message>
        <source>The key set (JWKS) is not valid JSON: %1 at byte %2.</source>
        <translation>密钥集（JWKS）不是有效的 JSON：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <source>The key set (JWKS) is not a JSON object.</source>
        <translation>密钥集（JWKS）不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The key set (JWKS) has no &quot;keys&quot; array.</source>
        <translation>密钥集（JWKS）没有 &quot;keys&quot; 数组。</translation>
    </message>
    <message>
        <source>The key set (JWKS) has an empty &quot;keys&quot; array: the authority publishes no signing keys.</source>
        <translation>密钥集（JWKS）的 &quot;keys&quot; 数组为空：颁发机构未发布任何签名密钥。</translation>
    </message>
    <message>
        <source>The key set&apos;s key %1 is not a JSON object.</source>
        <translation>密钥集中的密钥 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>a second key with this kid: skipped</source>
        <translation>具有相同 kid 的第二个密钥：已跳过</translation>
    </message>
    <message>
        <source>The key set (JWKS) has no usable RSA signing key (%1).</source>
        <translation>密钥集（JWKS）中没有可用的 RSA 签名密钥（%1）。</translation>
    </message>
    <message>
        <source>The signing key %1 is not in the key set: the keys may have rotated; fetch the JWKS again.</source>
        <translation>签名密钥 %1 不在密钥集中：密钥可能已轮换；请重新获取 JWKS。</translation>
    </message>
    <message>
        <source>OpenSSL could not set up an RS256 signature check.</source>
        <translation>OpenSSL 无法设置 RS256 签名检查。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Jwt</name>
    <message>
        <source>header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>有效负载</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>a space (%1)</source>
        <translation>一个空格（%1）</translation>
    </message>
    <message>
        <source>a tab (%1)</source>
        <translation>一个制表符（%1）</translation>
    </message>
    <message>
        <source>a line break (%1)</source>
        <translation>一个换行符（%1）</translation>
    </message>
    <message>
        <source>The %1 contains %2 at character %3 of the token, which cannot appear in a JWT (only letters, digits, &apos;-&apos;, &apos;_&apos; and two dots).</source>
        <translation>%1包含%2，位于令牌的第 %3 个字符处，而 JWT 中不能出现该字符（只能包含字母、数字、&apos;-&apos;、&apos;_&apos; 和两个点）。</translation>
    </message>
    <message>
        <source>It looks like standard base64, not base64url.</source>
        <translation>它看起来是标准 base64，而不是 base64url。</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: its length (%2) leaves a last group of one character, which cannot encode a byte. Was the token cut short when it was copied?</source>
        <translation>%1不是有效的 base64url：其长度（%2）使最后一组只剩一个字符，无法编码一个字节。令牌是否在复制时被截断？</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: the &apos;=&apos; padding at its end is wrong.</source>
        <translation>%1不是有效的 base64url：末尾的 &apos;=&apos; 填充不正确。</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url.</source>
        <translation>%1不是有效的 base64url。</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The %1 is JSON but not an object: it is %2.</source>
        <translation>%1是 JSON，但不是对象：它是%2。</translation>
    </message>
    <message>
        <source>The %1 is not JSON: %2 near byte %3 of the decoded %1.</source>
        <translation>%1不是 JSON：%2，位于解码后的%1的第 %3 字节附近。</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>令牌为空。</translation>
    </message>
    <message>
        <source>The token is %1 characters long; the limit is %2 characters.</source>
        <translation>令牌长度为 %1 个字符；上限为 %2 个字符。</translation>
    </message>
    <message>
        <source>The token has 5 parts, so it is an encrypted token (JWE): it cannot be read without the recipient&apos;s key.</source>
        <translation>该令牌有 5 个部分，因此是加密令牌（JWE）：没有接收方的密钥无法读取。</translation>
    </message>
    <message>
        <source>A JWT has 3 parts separated by dots (header.payload.signature); this token has %1. Refresh tokens and other opaque tokens cannot be decoded.</source>
        <translation>JWT 有 3 个以点分隔的部分（header.payload.signature）；此令牌有 %1 个。刷新令牌和其他不透明令牌无法解码。</translation>
    </message>
    <message>
        <source>The header is empty: there is nothing before the first dot.</source>
        <translation>标头为空：第一个点之前没有内容。</translation>
    </message>
    <message>
        <source>The payload is empty: there is nothing between the two dots.</source>
        <translation>有效负载为空：两个点之间没有内容。</translation>
    </message>
    <message>
        <source>amr contains &quot;%1&quot;</source>
        <translation>amr 包含 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authenticationmethod is &quot;%1&quot;</source>
        <translation>authenticationmethod 为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amr or authenticationmethod claim: cannot tell</source>
        <translation>没有 amr 或 authenticationmethod 声明：无法判断</translation>
    </message>
    <message>
        <source>amr is %1: no MFA method</source>
        <translation>amr 为 %1：没有 MFA 方法</translation>
    </message>
    <message>
        <source>authenticationmethod is %1: not multipleauthn</source>
        <translation>authenticationmethod 为 %1：不是 multipleauthn</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeepAliveRun</name>
    <message>
        <source>no consent recorded</source>
        <translation>未记录同意</translation>
    </message>
    <message>
        <source>refresh token redeemed; the 90-day inactivity clock starts again</source>
        <translation>已兑换刷新令牌；90 天不活动计时重新开始</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeepAliveSchedule</name>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it printed no reason</source>
        <translation>未输出任何原因</translation>
    </message>
    <message>
        <source>Not installed: refresh tokens are redeemed only when you use them, and expire after 90 days without use.</source>
        <translation>未安装：刷新令牌仅在你使用时才会兑换，并在 90 天未使用后过期。</translation>
    </message>
    <message>
        <source>Partly installed: %1 is missing; install the schedule again.</source>
        <translation>部分安装：缺少 %1；请重新安装计划。</translation>
    </message>
    <message>
        <source>Installed as a %1: pcauthctl keepalive runs every %2.</source>
        <translation>已安装为 %1：pcauthctl keepalive 每 %2 运行一次。</translation>
    </message>
    <message>
        <source>The keepalive schedule is being changed; wait until that ends.</source>
        <translation>正在更改保活计划；请等待其完成。</translation>
    </message>
    <message>
        <source>pcauthctl was not found beside PCAuth nor on PATH; install it to schedule the keepalive.</source>
        <translation>在 PCAuth 旁边和 PATH 中都找不到 pcauthctl；请安装它以计划保活。</translation>
    </message>
    <message>
        <source>%1 The keepalive files were written, but the %2 was not updated; run: %3</source>
        <translation>%1 已写入保活文件，但未更新 %2；请运行：%3</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 The keepalive files were removed, but the %2 was not told; run: %3</source>
        <translation>%1 已删除保活文件，但未通知 %2；请运行：%3</translation>
    </message>
    <message>
        <source>%1 was not found on PATH.</source>
        <translation>在 PATH 中找不到 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be started: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not finish within %2 seconds.</source>
        <translation>“%1”未在 %2 秒内完成。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed (exit code %2): %3</source>
        <translation>“%1”失败（退出代码 %2）：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped unexpectedly.</source>
        <translation>“%1”意外停止。</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>systemd 用户计时器</translation>
    </message>
    <message>
        <source>launchd agent</source>
        <translation>launchd 代理</translation>
    </message>
    <message>
        <source>Task Scheduler task</source>
        <translation>任务计划程序任务</translation>
    </message>
    <message>
        <source>Every: give an interval such as 12h or 7d.</source>
        <translation>Every：请提供间隔，例如 12h 或 7d。</translation>
    </message>
    <message>
        <source>Every: &quot;%1&quot; is not an interval; give a number followed by m (minutes), h (hours) or d (days), such as 12h or 7d.</source>
        <translation>Every：“%1”不是间隔；请提供一个数字，后跟 m（分钟）、h（小时）或 d（天），例如 12h 或 7d。</translation>
    </message>
    <message>
        <source>Every: &quot;%1&quot; is too often; give at least 1 hour.</source>
        <translation>Every：“%1”过于频繁；请至少提供 1 小时。</translation>
    </message>
    <message>
        <source>Every: &quot;%1&quot; is too long; give at most 30 days, well within the 90 days after which an unused refresh token expires.</source>
        <translation>Every：“%1”太长；请最多提供 30 天，远低于未使用的刷新令牌过期所需的 90 天。</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeyVaultClient</name>
    <message>
        <source>The Key Vault secret name &quot;%1&quot; is not valid: use 1 to 127 letters, digits and dashes.</source>
        <translation>Key Vault 机密名称“%1”无效：请使用 1 到 127 个字母、数字和短划线。</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeychainItemStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service（GNOME Keyring、KWallet）</translation>
    </message>
    <message>
        <source>The macOS Keychain is not available. Log in to your macOS user session and try again. PCAuth never stores tokens in plain files.</source>
        <translation>macOS 钥匙串不可用。请登录你的 macOS 用户会话后重试。PCAuth 从不将令牌存储在明文文件中。</translation>
    </message>
    <message>
        <source>The macOS Keychain refused access. Allow PCAuth when macOS asks (Always Allow), or unlock the login keychain in Keychain Access, and try again.</source>
        <translation>macOS 钥匙串拒绝了访问。请在 macOS 询问时允许 PCAuth（始终允许），或在“钥匙串访问”中解锁登录钥匙串，然后重试。</translation>
    </message>
    <message>
        <source>The macOS Keychain could not complete the request. Check the login keychain in Keychain Access and try again.</source>
        <translation>macOS 钥匙串无法完成请求。请在“钥匙串访问”中检查登录钥匙串，然后重试。</translation>
    </message>
    <message>
        <source>Windows Credential Manager is not available. Make sure the Credential Manager service is running and you are signed in with your own account, then try again. PCAuth never stores tokens in plain files.</source>
        <translation>Windows 凭据管理器不可用。请确保凭据管理器服务正在运行，并且你使用自己的帐户登录，然后重试。PCAuth 从不将令牌存储在明文文件中。</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused access. Sign in to Windows with your own account (not a session without a user profile) and try again.</source>
        <translation>Windows 凭据管理器拒绝了访问。请使用你自己的帐户登录 Windows（而不是没有用户配置文件的会话），然后重试。</translation>
    </message>
    <message>
        <source>Windows Credential Manager could not complete the request. Check the Windows Credentials in Credential Manager and try again.</source>
        <translation>Windows 凭据管理器无法完成请求。请在凭据管理器中检查 Windows 凭据，然后重试。</translation>
    </message>
    <message>
        <source>No Secret Service answered on D-Bus. Start GNOME Keyring or KWallet (or log in to a desktop session) and try again. PCAuth never stores tokens in plain files.</source>
        <translation>D-Bus 上没有 Secret Service 响应。请启动 GNOME Keyring 或 KWallet（或登录桌面会话），然后重试。PCAuth 从不将令牌存储在明文文件中。</translation>
    </message>
    <message>
        <source>The Secret Service (GNOME Keyring, KWallet) refused access: the keyring is locked or the request was declined. Unlock your keyring (Passwords and Keys, or KWallet Manager) and try again.</source>
        <translation>Secret Service（GNOME Keyring、KWallet）拒绝了访问：密钥环已锁定，或请求被拒绝。请解锁你的密钥环（“密码和密钥”或 KWallet 管理器），然后重试。</translation>
    </message>
    <message>
        <source>The Secret Service (GNOME Keyring, KWallet) could not complete the request. Make sure a default keyring exists and is unlocked (Passwords and Keys, or KWallet Manager), then try again.</source>
        <translation>Secret Service（GNOME Keyring、KWallet）无法完成请求。请确保存在默认密钥环且已解锁（“密码和密钥”或 KWallet 管理器），然后重试。</translation>
    </message>
    <message>
        <source>%1 holds no item &quot;%2&quot;.</source>
        <translation>%1 中没有项“%2”。</translation>
    </message>
    <message>
        <source>(QtKeychain: %1)</source>
        <translation>（QtKeychain：%1）</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeychainSelfTest</name>
    <message>
        <source>Self-test failed: %1 could not store a test item. %2</source>
        <translation>自检失败：%1 无法存储测试项。%2</translation>
    </message>
    <message>
        <source>Self-test failed: %1 did not find the test item it had just stored. The keychain may be locked: unlock it and run the self-test again.</source>
        <translation>自检失败：%1 找不到刚刚存储的测试项。密钥链可能已锁定：请解锁后再次运行自检。</translation>
    </message>
    <message>
        <source>Self-test failed: %1 could not read back the test item it had just stored. %2</source>
        <translation>自检失败：%1 无法读回刚刚存储的测试项。%2</translation>
    </message>
    <message>
        <source>Self-test failed: %1 gave back different data than was stored. Do not keep tokens in this keychain until it passes: check or repair it.</source>
        <translation>自检失败：%1 返回的数据与存储的数据不同。在自检通过之前，请勿在此密钥链中保存令牌：请检查或修复它。</translation>
    </message>
    <message>
        <source>Self-test failed: %1 could not delete the test item %2. %3</source>
        <translation>自检失败：%1 无法删除测试项 %2。%3</translation>
    </message>
    <message numerus="yes">
        <source>Passed in %n ms</source>
        <translation>
            <numerusform>已通过，用时 %n 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::LoopbackReceiver</name>
    <message numerus="yes">
        <source>No answer from the browser: timed out after %n s.</source>
        <translation>
            <numerusform>浏览器没有响应：%n 秒后超时。</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URI %1 cannot be served by PCAuth: use http://127.0.0.1/ or http://localhost/ (any port, optional path) for the system browser.</source>
        <translation>PCAuth 无法处理重定向 URI %1：对于系统浏览器，请使用 http://127.0.0.1/ 或 http://localhost/（任意端口，路径可选）。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>无法在 127.0.0.1 的端口 %1 上侦听：%2</translation>
    </message>
    <message>
        <source>No state was given to check the answer against; the sign-in cannot be verified.</source>
        <translation>未提供用于检查响应的 state 值；无法验证登录。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in PCAuth.</source>
        <translation>已在 PCAuth 中取消登录。</translation>
    </message>
    <message>
        <source>The request is too large for PCAuth&apos;s sign-in receiver.</source>
        <translation>对于 PCAuth 的登录接收器来说，该请求太大。</translation>
    </message>
    <message>
        <source>This request names another host; PCAuth only answers requests for its own loopback address.</source>
        <translation>此请求指向其他主机；PCAuth 只响应发往其自身环回地址的请求。</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>该请求不是有效的 HTTP/1.1。</translation>
    </message>
    <message>
        <source>The request has a malformed header.</source>
        <translation>该请求的标头格式错误。</translation>
    </message>
    <message>
        <source>PCAuth&apos;s sign-in receiver only answers GET requests.</source>
        <translation>PCAuth 的登录接收器只响应 GET 请求。</translation>
    </message>
    <message>
        <source>The request&apos;s address is not valid.</source>
        <translation>该请求的地址无效。</translation>
    </message>
    <message>
        <source>PCAuth is not waiting for a sign-in.</source>
        <translation>PCAuth 当前未在等待登录。</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>此地址没有内容。</translation>
    </message>
    <message>
        <source>This address only takes the answer of a sign-in started by PCAuth.</source>
        <translation>此地址只接收由 PCAuth 发起的登录的响应。</translation>
    </message>
    <message>
        <source>You can close this tab and return to PCAuth.</source>
        <translation>你可以关闭此标签页并返回 PCAuth。</translation>
    </message>
    <message>
        <source>Sign-in complete</source>
        <translation>登录完成</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>PCAuth is still waiting</source>
        <translation>PCAuth 仍在等待</translation>
    </message>
    <message>
        <source>Finish the sign-in in the tab PCAuth opened.</source>
        <translation>请在 PCAuth 打开的标签页中完成登录。</translation>
    </message>
    <message>
        <source>PCAuth sign-in receiver</source>
        <translation>PCAuth 登录接收器</translation>
    </message>
    <message>
        <source>Cannot listen on [::1] port %1: %2. Another program holds this port on the IPv6 loopback, where a browser may send the sign-in answer for localhost: close that program, or register a redirect URI with another port or with 127.0.0.1.</source>
        <translation>无法在 [::1] 的端口 %1 上侦听：%2。另一个程序在 IPv6 环回地址上占用了此端口，而浏览器可能会将 localhost 的登录响应发送到该地址：请关闭该程序，或注册使用其他端口或使用 127.0.0.1 的重定向 URI。</translation>
    </message>
</context>
<context>
    <name>PCAuth::MainWindow</name>
    <message>
        <source>Token inspector</source>
        <translation>令牌检查器</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>PCAuth (sandbox)</source>
        <translation>PCAuth（沙盒）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Request console</source>
        <translation>请求控制台</translation>
    </message>
    <message>
        <source>App-only test</source>
        <translation>仅应用测试</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sandbox mode: everything runs on %1, no Microsoft tenant is contacted.</source>
        <translation>沙盒模式：所有内容都在 %1 上运行，不会联系任何 Microsoft 租户。</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PCAuth::MessageWidget</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PCAuth::OpenIdConfiguration</name>
    <message>
        <source>The OpenID configuration has no &quot;%1&quot;.</source>
        <translation>OpenID 配置中没有 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>In the OpenID configuration, &quot;%1&quot; is not a string.</source>
        <translation>OpenID 配置中的 &quot;%1&quot; 不是字符串。</translation>
    </message>
    <message>
        <source>In the OpenID configuration, &quot;%1&quot; is empty.</source>
        <translation>OpenID 配置中的 &quot;%1&quot; 为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the OpenID configuration</source>
        <translation>OpenID 配置中的 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The OpenID configuration is not valid JSON: %1 at offset %2.</source>
        <translation>OpenID 配置不是有效的 JSON：%1，位于偏移量 %2。</translation>
    </message>
    <message>
        <source>The OpenID configuration is not a JSON object.</source>
        <translation>OpenID 配置不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>PCAuth::PartnerCenterClient</name>
    <message>
        <source>Partner Center sent a customer without an id (%1.id).</source>
        <translation>合作伙伴中心发送了一个没有 ID 的客户（%1.id）。</translation>
    </message>
    <message>
        <source>Partner Center&apos;s customer page %1 has no items array.</source>
        <translation>合作伙伴中心的客户页 %1 没有 items 数组。</translation>
    </message>
    <message>
        <source>Partner Center kept sending further customer pages (%1 pages read); the listing was stopped.</source>
        <translation>合作伙伴中心不断发送更多客户页（已读取 %1 页）；已停止列出。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Profile</name>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 必须是字符串。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>protocol must be v1 or v2, not %1.</source>
        <translation>protocol 必须是 v1 或 v2，而不是 %1。</translation>
    </message>
    <message>
        <source>createdAt must be a date and time such as 2026-01-31T12:00:00.000Z, not %1.</source>
        <translation>createdAt 必须是日期和时间，例如 2026-01-31T12:00:00.000Z，而不是 %1。</translation>
    </message>
    <message>
        <source>Cloud is empty: choose global, china, usgov or germany, or a custom cloud file.</source>
        <translation>云为空：请选择 global、china、usgov 或 germany，或者选择自定义云文件。</translation>
    </message>
    <message>
        <source>Cloud file is empty: a custom cloud is read from its file; choose the file.</source>
        <translation>云文件为空：自定义云从其文件中读取；请选择该文件。</translation>
    </message>
    <message>
        <source>Cloud %1 is not a built-in cloud (global, china, usgov, germany); for another cloud choose its custom cloud file.</source>
        <translation>云 %1 不是内置云（global、china、usgov、germany）；对于其他云，请选择其自定义云文件。</translation>
    </message>
    <message>
        <source>Cloud file is set, but cloud %1 is a built-in cloud: clear the file, or choose custom.</source>
        <translation>已设置云文件，但云 %1 是内置云：请清除该文件，或选择 custom。</translation>
    </message>
    <message>
        <source>Cloud file %1 describes cloud %2, not %3: choose the file of cloud %3, or choose custom to use this one.</source>
        <translation>云文件 %1 描述的是云 %2，而不是 %3：请选择云 %3 的文件，或选择 custom 以使用此文件。</translation>
    </message>
    <message>
        <source>id must be a lower-case GUID such as 00000000-0000-0000-0000-000000000000, not %1.</source>
        <translation>id 必须是小写 GUID，例如 00000000-0000-0000-0000-000000000000，而不是 %1。</translation>
    </message>
    <message>
        <source>credential must be none, secret or certificate, not %1.</source>
        <translation>credential 必须是 none、secret 或 certificate，而不是 %1。</translation>
    </message>
    <message>
        <source>Name is empty: enter 1 to %1 characters.</source>
        <translation>名称为空：请输入 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>Name is %1 characters long; at most %2 are allowed.</source>
        <translation>名称长度为 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Name must not contain control characters (tabs, line breaks or text-direction overrides).</source>
        <translation>名称不得包含控制字符（制表符、换行符或文本方向覆盖字符）。</translation>
    </message>
    <message>
        <source>Name must not begin or end with a space.</source>
        <translation>名称不得以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Name must not be a GUID: a GUID is looked up as a profile ID, so a profile with this name could not be found by its name.</source>
        <translation>名称不得为 GUID：GUID 会被当作配置文件 ID 查找，因此无法通过名称找到使用此名称的配置文件。</translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation>合作伙伴租户：%1</translation>
    </message>
    <message>
        <source>Partner tenant must name the partner&apos;s own tenant (its ID or a domain such as contoso.onmicrosoft.com), not %1: the refresh token is kept for one tenant.</source>
        <translation>合作伙伴租户必须指明合作伙伴自己的租户（其 ID 或域，例如 contoso.onmicrosoft.com），而不是 %1：刷新令牌只对一个租户保存。</translation>
    </message>
    <message>
        <source>Partner tenant is the nil GUID, which is no tenant: enter the tenant ID.</source>
        <translation>合作伙伴租户是空 GUID，不代表任何租户：请输入租户 ID。</translation>
    </message>
    <message>
        <source>Client ID is empty: enter the application (client) ID of the app registration, a GUID.</source>
        <translation>客户端 ID 为空：请输入应用注册的应用程序（客户端）ID，即一个 GUID。</translation>
    </message>
    <message>
        <source>Client ID must be the application (client) ID of the app registration, a GUID such as 00000000-0000-0000-0000-000000000000, not %1.</source>
        <translation>客户端 ID 必须是应用注册的应用程序（客户端）ID，即 GUID，例如 00000000-0000-0000-0000-000000000000，而不是 %1。</translation>
    </message>
    <message>
        <source>Client ID is the nil GUID, which no app has: enter the application (client) ID of the app registration.</source>
        <translation>客户端 ID 是空 GUID，没有任何应用使用它：请输入应用注册的应用程序（客户端）ID。</translation>
    </message>
    <message>
        <source>Redirect URI is empty: enter http://localhost (the default) or an https:// URI registered for the app.</source>
        <translation>重定向 URI 为空：请输入 http://localhost（默认值）或为应用注册的 https:// URI。</translation>
    </message>
    <message>
        <source>Redirect URI must not begin or end with a space.</source>
        <translation>重定向 URI 不得以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Redirect URI is not a valid URI.</source>
        <translation>重定向 URI 不是有效的 URI。</translation>
    </message>
    <message>
        <source>Redirect URI must be absolute, starting with https:// or http://localhost.</source>
        <translation>重定向 URI 必须是绝对 URI，以 https:// 或 http://localhost 开头。</translation>
    </message>
    <message>
        <source>Redirect URI must use https:// (or http:// on a loopback host), not %1://.</source>
        <translation>重定向 URI 必须使用 https://（环回主机可使用 http://），而不是 %1://。</translation>
    </message>
    <message>
        <source>Redirect URI has no host name.</source>
        <translation>重定向 URI 没有主机名。</translation>
    </message>
    <message>
        <source>Redirect URI must not contain a user name or password.</source>
        <translation>重定向 URI 不得包含用户名或密码。</translation>
    </message>
    <message>
        <source>Redirect URI must not contain a fragment (#…): Entra refuses it.</source>
        <translation>重定向 URI 不得包含片段（#…）：Entra 会拒绝它。</translation>
    </message>
    <message>
        <source>Redirect URI uses http:// with host %1: the authorization code would cross the network unencrypted. Use https://; http:// is allowed only for localhost, 127.0.0.1 and [::1].</source>
        <translation>重定向 URI 对主机 %1 使用 http://：授权代码将以未加密的方式在网络中传输。请使用 https://；http:// 仅允许用于 localhost、127.0.0.1 和 [::1]。</translation>
    </message>
    <message>
        <source>Certificate thumbprint is set but the credential is %1: a thumbprint belongs to certificate credentials only.</source>
        <translation>已设置证书指纹，但凭据为 %1：指纹仅属于证书凭据。</translation>
    </message>
    <message>
        <source>Certificate thumbprint is empty: a certificate profile records the x5t thumbprint of its certificate.</source>
        <translation>证书指纹为空：证书配置文件会记录其证书的 x5t 指纹。</translation>
    </message>
    <message>
        <source>Certificate thumbprint must be the certificate&apos;s x5t (27 characters of base64url encoding a SHA-1 hash), not %1.</source>
        <translation>证书指纹必须是证书的 x5t（27 个 base64url 字符，编码一个 SHA-1 哈希），而不是 %1。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ProfileStore</name>
    <message>
        <source>Configuration folder %1 is a file, not a folder.</source>
        <translation>配置文件夹 %1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>Configuration folder %1 cannot be created.</source>
        <translation>无法创建配置文件夹 %1。</translation>
    </message>
    <message>
        <source>Profiles file %1 is being changed by another PCAuth process; try again when it has finished.</source>
        <translation>配置文件存储文件 %1 正被另一个 PCAuth 进程修改；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Fix the file or move it away; PCAuth does not overwrite it.</source>
        <translation>请修复该文件或将其移走；PCAuth 不会覆盖它。</translation>
    </message>
    <message>
        <source>schemaVersion is missing or not a whole number. %1</source>
        <translation>schemaVersion 缺失或不是整数。%1</translation>
    </message>
    <message>
        <source>schemaVersion is %1: the file was written by a newer PCAuth, which this version (schema %2) cannot read; upgrade PCAuth. The file is left as it is.</source>
        <translation>schemaVersion 为 %1：该文件由较新版本的 PCAuth 写入，此版本（架构 %2）无法读取；请升级 PCAuth。该文件保持不变。</translation>
    </message>
    <message>
        <source>schemaVersion %1 is not a known version. %2</source>
        <translation>schemaVersion %1 不是已知版本。%2</translation>
    </message>
    <message>
        <source>No configuration folder is known (no home folder): set PCAUTH_CONFIG_DIR or pass --config-dir.</source>
        <translation>没有已知的配置文件夹（没有主文件夹）：请设置 PCAUTH_CONFIG_DIR 或传入 --config-dir。</translation>
    </message>
    <message>
        <source>Profiles file %1 cannot be read: %2</source>
        <translation>无法读取配置文件存储文件 %1：%2</translation>
    </message>
    <message>
        <source>Profiles file %1 is not valid JSON: %2 at byte %3. %4</source>
        <translation>配置文件存储文件 %1 不是有效的 JSON：%2，位于第 %3 字节。%4</translation>
    </message>
    <message>
        <source>Profiles file %1 does not hold a JSON object. %2</source>
        <translation>配置文件存储文件 %1 不包含 JSON 对象。%2</translation>
    </message>
    <message>
        <source>Profiles file %1: %2</source>
        <translation>配置文件存储文件 %1：%2</translation>
    </message>
    <message>
        <source>profiles must be a list. %1</source>
        <translation>profiles 必须是列表。%1</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>它不是 JSON 对象。</translation>
    </message>
    <message>
        <source>profile %1: %2 %3</source>
        <translation>配置文件 %1：%2 %3</translation>
    </message>
    <message>
        <source>profiles %1 and %2 have the same id %3. %4</source>
        <translation>配置文件 %1 和 %2 具有相同的 ID %3。%4</translation>
    </message>
    <message>
        <source>Profiles file %1 cannot be written: %2. The previous file is unchanged.</source>
        <translation>无法写入配置文件存储文件 %1：%2。原文件保持不变。</translation>
    </message>
    <message>
        <source>Enter a profile name or ID.</source>
        <translation>请输入配置文件名称或 ID。</translation>
    </message>
    <message>
        <source>Several profiles are named %1; use the ID of the one you mean: %2.</source>
        <translation>有多个配置文件名为 %1；请使用你要使用的配置文件的 ID：%2。</translation>
    </message>
    <message>
        <source>No profile named %1: there are no profiles in %2 yet.</source>
        <translation>没有名为 %1 的配置文件：%2 中还没有配置文件。</translation>
    </message>
    <message>
        <source>No profile named %1; known: %2.</source>
        <translation>没有名为 %1 的配置文件；已知的有：%2。</translation>
    </message>
    <message>
        <source>Name %1 is already used by another profile; choose another name.</source>
        <translation>名称 %1 已被另一个配置文件使用；请选择其他名称。</translation>
    </message>
    <message>
        <source>Name %1 is already used by the profile %2; names must differ in more than letter case.</source>
        <translation>名称 %1 已被配置文件 %2 使用；名称之间的区别不能仅在于大小写。</translation>
    </message>
    <message>
        <source>No profile has the ID %1 in %2.</source>
        <translation>%2 中没有 ID 为 %1 的配置文件。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Redirect</name>
    <message>
        <source>The sign-in was cancelled or the consent was declined (access_denied).</source>
        <translation>登录已取消或同意被拒绝（access_denied）。</translation>
    </message>
    <message>
        <source>Run the consent again and accept the requested permissions; an admin of the partner tenant may have to grant them first.</source>
        <translation>请重新执行同意并接受所请求的权限；可能需要合作伙伴租户的管理员先授予这些权限。</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>服务返回：%1</translation>
    </message>
    <message>
        <source>The answer carries &quot;%1&quot; more than once; it was ignored.</source>
        <translation>响应中多次包含 &quot;%1&quot;；已忽略。</translation>
    </message>
    <message>
        <source>The answer has no state: this answer was not started by PCAuth, ignored.</source>
        <translation>响应中没有 state 值：它不是由 PCAuth 发起的，已忽略。</translation>
    </message>
    <message>
        <source>The answer&apos;s state does not match this sign-in: it comes from an older browser tab or another sign-in, or was forged (cross-site request forgery). It was ignored.</source>
        <translation>响应的 state 值与此次登录不匹配：它来自较早的浏览器标签页或另一次登录，或者是伪造的（跨站请求伪造）。已忽略。</translation>
    </message>
    <message>
        <source>The answer has neither a code nor an error; it was ignored.</source>
        <translation>响应中既没有代码也没有错误；已忽略。</translation>
    </message>
    <message>
        <source>This address is not the registered redirect URI %1; it was ignored.</source>
        <translation>此地址不是已注册的重定向 URI %1；已忽略。</translation>
    </message>
    <message>
        <source>The answer arrived in the URL fragment (response_mode=fragment) instead of the query that PCAuth asks for; check what rewrites the sign-in request.</source>
        <translation>响应出现在 URL 片段中（response_mode=fragment），而不是 PCAuth 请求的查询中；请检查是什么改写了登录请求。</translation>
    </message>
</context>
<context>
    <name>PCAuth::RefreshTokenRecord</name>
    <message>
        <source>The refresh-token record has no valid &quot;format&quot;.</source>
        <translation>刷新令牌记录没有有效的 &quot;format&quot;。</translation>
    </message>
    <message>
        <source>The refresh-token record has format %1, written by a newer PCAuth (this one reads up to %2). Update PCAuth.</source>
        <translation>刷新令牌记录的格式为 %1，由较新版本的 PCAuth 写入（此版本最多读取到 %2）。请更新 PCAuth。</translation>
    </message>
    <message>
        <source>The refresh-token record has a &quot;%1&quot; of the wrong type.</source>
        <translation>刷新令牌记录中的 &quot;%1&quot; 类型错误。</translation>
    </message>
    <message>
        <source>The refresh-token record has an invalid &quot;%1&quot; (expected an ISO 8601 date and time).</source>
        <translation>刷新令牌记录中的 &quot;%1&quot; 无效（应为 ISO 8601 日期和时间）。</translation>
    </message>
    <message>
        <source>The refresh-token record has an invalid &quot;mfa&quot; (expected present, absent or unknown).</source>
        <translation>刷新令牌记录中的 &quot;mfa&quot; 无效（应为 present、absent 或 unknown）。</translation>
    </message>
    <message>
        <source>The refresh-token record is not valid JSON (%1 at byte %2).</source>
        <translation>刷新令牌记录不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The refresh-token record is not a JSON object.</source>
        <translation>刷新令牌记录不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The refresh-token record has no &quot;refreshToken&quot;.</source>
        <translation>刷新令牌记录中没有 &quot;refreshToken&quot;。</translation>
    </message>
</context>
<context>
    <name>PCAuth::ReplaceCredentialDialog</name>
    <message>
        <source>Replace credential</source>
        <translation>替换凭据</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Certificate (PEM or PFX file with its private key)</source>
        <translation>证书（包含私钥的 PEM 或 PFX 文件）</translation>
    </message>
    <message>
        <source>Profile “%1” uses a %2. The new credential is tested with Entra ID first; only then is the old one replaced. The refresh token is kept, so no new consent is needed.</source>
        <translation>配置文件“%1”使用%2。新凭据会先通过 Entra ID 测试；测试通过后才会替换旧凭据。刷新令牌将保留，因此无需重新同意。</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Certificate with its private key</source>
        <translation>包含私钥的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12 *.crt *.key);;All files (*)</source>
        <translation>证书 (*.pem *.pfx *.p12 *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX with its private key).</source>
        <translation>请选择证书文件（包含私钥的 PEM 或 PFX）。</translation>
    </message>
    <message>
        <source>Enter the new client secret of the app registration.</source>
        <translation>请输入应用注册的新客户端密码。</translation>
    </message>
    <message>
        <source>Testing the new credential with Entra ID…</source>
        <translation>正在通过 Entra ID 测试新凭据…</translation>
    </message>
    <message>
        <source>Saving the new credential in the keychain…</source>
        <translation>正在将新凭据保存到密钥链中…</translation>
    </message>
</context>
<context>
    <name>PCAuth::RequestConsolePage</name>
    <message>
        <source>Partner Center</source>
        <translation>合作伙伴中心</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure 资源管理器</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>完整 URL</translation>
    </message>
    <message>
        <source>Custom request</source>
        <translation>自定义请求</translation>
    </message>
    <message>
        <source>Empty: the partner tenant. A customer&apos;s tenant id or domain: Graph and ARM calls use a token of that tenant; Partner Center calls use it in the path ({customer}).</source>
        <translation>留空：合作伙伴租户。客户的租户 ID 或域：Graph 和 ARM 调用使用该租户的令牌；合作伙伴中心调用在路径中使用它（{customer}）。</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>尚无配置文件</translation>
    </message>
    <message>
        <source>There is no profile yet. Run a partner consent (File, New consent) to make one; then send requests with it here.</source>
        <translation>尚无配置文件。请执行合作伙伴同意（文件，新建合作伙伴同意）以创建一个；然后在此处使用它发送请求。</translation>
    </message>
    <message>
        <source>Profile: choose a profile first.</source>
        <translation>配置文件：请先选择一个配置文件。</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>租户：%1</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>正在发送 %1 %2…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>没有响应。</translation>
    </message>
    <message>
        <source>HTTP %1%2 · %3 ms</source>
        <translation>HTTP %1%2 · %3 毫秒</translation>
    </message>
    <message>
        <source>Correlation id (not sent to this service):</source>
        <translation>关联 ID（未发送到此服务）：</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（无正文）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The request was cancelled; any answer to it is ignored.</source>
        <translation>请求已取消；将忽略对它的任何响应。</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无响应）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>PCAuth::SettingsPage</name>
    <message>
        <source>Runs &quot;pcauthctl keepalive --all&quot; as a %1, so that refresh tokens are renewed even when PCAuth is not running.</source>
        <translation>将“pcauthctl keepalive --all”作为 %1 运行，以便在 PCAuth 未运行时也能续订刷新令牌。</translation>
    </message>
    <message>
        <source>Not available in sandbox mode: the sandbox and its profiles exist only while PCAuth runs.</source>
        <translation>在沙盒模式下不可用：沙盒及其配置文件仅在 PCAuth 运行时存在。</translation>
    </message>
    <message>
        <source>pcauthctl was not found beside PCAuth or on the PATH: install it to schedule the keep-alive.</source>
        <translation>在 PCAuth 旁边和 PATH 中都找不到 pcauthctl：请安装它以计划保活。</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>系统（%1）</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-test cancelled.</source>
        <translation>自检已取消。</translation>
    </message>
    <message>
        <source>This run uses the sandbox; it is starting.</source>
        <translation>本次运行使用沙盒；沙盒正在启动。</translation>
    </message>
    <message>
        <source>This run uses the sandbox at %1. No Microsoft tenant is contacted.</source>
        <translation>本次运行使用位于 %1 的沙盒。不会联系任何 Microsoft 租户。</translation>
    </message>
    <message>
        <source>The keep-alive schedule is installed.</source>
        <translation>保活计划已安装。</translation>
    </message>
    <message>
        <source>The keep-alive schedule is removed.</source>
        <translation>保活计划已删除。</translation>
    </message>
    <message>
        <source>Stopped waiting for the scheduler. The status above shows what its files say now.</source>
        <translation>已停止等待计划程序。上面的状态显示其文件当前的内容。</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenBroker</name>
    <message>
        <source>The token broker has been shut down.</source>
        <translation>令牌代理已关闭。</translation>
    </message>
    <message>
        <source>No audience was given: say which API the token is for (Partner Center, Graph, ARM, Key Vault or a resource URI).</source>
        <translation>未提供受众：请指明令牌用于哪个 API（合作伙伴中心、Graph、ARM、Key Vault 或资源 URI）。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is a public client: app-only tokens need a client secret or a certificate.</source>
        <translation>配置文件“%1”是公共客户端：仅应用令牌需要客户端密码或证书。</translation>
    </message>
    <message>
        <source>Run the partner consent for profile &quot;%1&quot;.</source>
        <translation>请为配置文件“%1”执行合作伙伴同意。</translation>
    </message>
    <message>
        <source>The refresh token stored for profile &quot;%1&quot; was issued to app %2, but the profile uses app %3: Entra would refuse it (AADSTS700007). Run the partner consent again with this profile&apos;s app.</source>
        <translation>为配置文件“%1”存储的刷新令牌是颁发给应用 %2 的，但该配置文件使用应用 %3：Entra 会拒绝它（AADSTS700007）。请使用此配置文件的应用重新执行合作伙伴同意。</translation>
    </message>
    <message>
        <source>The time of this redemption could not be recorded (%1); the stored refresh token is unchanged.</source>
        <translation>无法记录此次兑换的时间（%1）；已存储的刷新令牌保持不变。</translation>
    </message>
    <message>
        <source>The earlier error of this refresh token could not be cleared for health (%1).</source>
        <translation>无法为运行状况检查清除此刷新令牌之前的错误（%1）。</translation>
    </message>
    <message>
        <source>This error could not be recorded for health: %1</source>
        <translation>无法为运行状况检查记录此错误：%1</translation>
    </message>
    <message>
        <source>The stored refresh token was kept; check the network connection or proxy and try again.</source>
        <translation>已保留存储的刷新令牌；请检查网络连接或代理，然后重试。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was signed in again or removed while its refresh token was being redeemed.</source>
        <translation>在兑换配置文件“%1”的刷新令牌期间，该配置文件已重新登录或已被删除。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was signed in again or removed while its refresh token was being stored.</source>
        <translation>在存储配置文件“%1”的刷新令牌期间，该配置文件已重新登录或已被删除。</translation>
    </message>
    <message>
        <source>The new refresh token could not be saved: %1</source>
        <translation>无法保存新的刷新令牌：%1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was removed while its token was being redeemed; nothing was stored.</source>
        <translation>配置文件“%1”在其令牌兑换期间已被删除；未存储任何内容。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenEndpointClient</name>
    <message>
        <source>code redemption</source>
        <translation>代码兑换</translation>
    </message>
    <message>
        <source>refresh-token redemption</source>
        <translation>刷新令牌兑换</translation>
    </message>
    <message>
        <source>app-only token request</source>
        <translation>仅应用令牌请求</translation>
    </message>
    <message>
        <source>The %1 needs the app&apos;s client secret, and none was loaded.</source>
        <translation>%1需要应用的客户端密码，但未加载任何密码。</translation>
    </message>
    <message>
        <source>The %1 needs the app&apos;s certificate, and none was loaded.</source>
        <translation>%1需要应用的证书，但未加载任何证书。</translation>
    </message>
    <message>
        <source>The client assertion for the %1 could not be made: %2</source>
        <translation>无法为%1创建客户端断言：%2</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached.</source>
        <translation>无法访问令牌终结点。</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenHealth</name>
    <message>
        <source>Run the partner consent again, then enable keep-alive so the token is used regularly.</source>
        <translation>请重新执行合作伙伴同意，然后启用保活，使令牌得到定期使用。</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>无错误代码</translation>
    </message>
    <message>
        <source>The last use of the refresh token failed on %1 (%2): %3</source>
        <translation>上次使用刷新令牌失败，时间 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The last use of the refresh token failed (%1): %2</source>
        <translation>上次使用刷新令牌失败（%1）：%2</translation>
    </message>
    <message>
        <source>The refresh token was %1, %2 days ago: it has most likely expired after %3 days of inactivity (an estimate: the token itself does not say when it expires).</source>
        <translation>刷新令牌%1（%2 天前）：它很可能已在 %3 天不活动后过期（这是估计：令牌本身不说明何时过期）。</translation>
    </message>
    <message>
        <source>No successful use of the refresh token has been recorded, so the end of its %1-day inactivity window cannot be estimated.</source>
        <translation>未记录刷新令牌的任何成功使用，因此无法估计其 %1 天不活动期限的结束时间。</translation>
    </message>
    <message>
        <source>Run a test call to record a successful use of the token.</source>
        <translation>请执行一次测试调用，以记录令牌的成功使用。</translation>
    </message>
    <message>
        <source>last used on %1</source>
        <translation>最后一次使用于 %1</translation>
    </message>
    <message>
        <source>obtained on %1 and not used since</source>
        <translation>于 %1 获取，此后未使用</translation>
    </message>
    <message>
        <source>Estimated days left before the refresh token expires from inactivity: %1 (%2; %3-day window). This is an estimate: the token itself does not say when it expires.</source>
        <translation>估计刷新令牌因不活动而过期前的剩余天数：%1（%2；%3 天期限）。这是估计：令牌本身不说明何时过期。</translation>
    </message>
    <message>
        <source>Use the token now (a test call or keep-alive) to restart its %1-day inactivity window.</source>
        <translation>请立即使用该令牌（测试调用或保活），以重新开始其 %1 天不活动期限。</translation>
    </message>
    <message>
        <source>Estimated days left in the %1-day inactivity window: %2 (%3). This is an estimate: the token itself does not say when it expires.</source>
        <translation>%1 天不活动期限内估计的剩余天数：%2（%3）。这是估计：令牌本身不说明何时过期。</translation>
    </message>
    <message>
        <source>Whether multi-factor authentication was used is unknown: the token does not say.</source>
        <translation>不知道是否使用了多重身份验证：令牌中没有说明。</translation>
    </message>
    <message>
        <source>The token has no multi-factor authentication evidence; it was accepted without MFA by the user, but Partner Center rejects app+user calls without it.</source>
        <translation>令牌没有多重身份验证证据；用户已接受没有 MFA 的令牌，但合作伙伴中心会拒绝没有 MFA 的应用+用户调用。</translation>
    </message>
    <message>
        <source>The token has no multi-factor authentication evidence; Partner Center rejects app+user calls without it.</source>
        <translation>令牌没有多重身份验证证据；合作伙伴中心会拒绝没有 MFA 的应用+用户调用。</translation>
    </message>
    <message>
        <source>Run the partner consent again and complete multi-factor authentication.</source>
        <translation>请重新执行合作伙伴同意并完成多重身份验证。</translation>
    </message>
    <message>
        <source>No partner consent has been recorded: there is no refresh token.</source>
        <translation>未记录合作伙伴同意：没有刷新令牌。</translation>
    </message>
    <message>
        <source>Run the partner consent.</source>
        <translation>请执行合作伙伴同意。</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>MFA missing</source>
        <translation>缺少 MFA</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>缺少同意</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>%1 后过期</translation>
    </message>
    <message>
        <source>not yet (consent %1)</source>
        <translation>尚未刷新（同意于 %1）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n days (estimate)</source>
        <translation>
            <numerusform>%n 天（估计）</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenInspectorPage</name>
    <message>
        <source>Decoded. The signature is not checked here: use this view to understand a token, not to trust it.</source>
        <translation>已解码。此处不检查签名：此视图用于理解令牌，而不是用于信任令牌。</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>尚无令牌。</translation>
    </message>
    <message>
        <source>This is not a readable token: %1</source>
        <translation>这不是可读的令牌：%1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>No: %1. Partner Center refuses app+user calls without MFA.</source>
        <translation>否：%1。合作伙伴中心拒绝没有 MFA 的应用+用户调用。</translation>
    </message>
    <message>
        <source>Cannot tell: %1</source>
        <translation>无法判断：%1</translation>
    </message>
    <message>
        <source>none (app-only token)</source>
        <translation>无（仅应用令牌）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>claim label: explanation</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No expiry claim</source>
        <translation>无过期声明</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已过期 %1</translation>
    </message>
    <message>
        <source>Not valid until %1</source>
        <translation>%1 之前无效</translation>
    </message>
    <message>
        <source>Valid, expires %1</source>
        <translation>有效，过期时间 %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenResponse</name>
    <message numerus="yes">
        <source>The token endpoint answered with success but its body is not a JSON object (%n bytes), so no token could be read.</source>
        <translation>
            <numerusform>令牌终结点返回成功，但其正文不是 JSON 对象（%n 字节），因此无法读取令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token endpoint answered with success but without &quot;access_token&quot;.</source>
        <translation>令牌终结点返回成功，但没有 &quot;access_token&quot;。</translation>
    </message>
    <message>
        <source>The token endpoint answered with success but without &quot;expires_in&quot; or &quot;expires_on&quot;, and the access token has no expiry: it cannot be cached safely.</source>
        <translation>令牌终结点返回成功，但没有 &quot;expires_in&quot; 或 &quot;expires_on&quot;，且访问令牌没有过期时间：无法安全地缓存它。</translation>
    </message>
</context>
<context>
    <name>PCAuth::TrayIcon</name>
    <message>
        <source>&amp;Show PCAuth</source>
        <translation>显示 PCAuth(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>全部刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>令牌即将过期</translation>
    </message>
    <message numerus="yes">
        <source>%1: about %n days left before the refresh token expires from inactivity (estimate). %2</source>
        <translation>
            <numerusform>%1：刷新令牌因不活动而过期前约剩 %n 天（估计）。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Token needs attention</source>
        <translation>令牌需要处理</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>PCAuth: no profile yet</source>
        <translation>PCAuth：尚无配置文件</translation>
    </message>
    <message>
        <source>PCAuth: %1</source>
        <translation>PCAuth：%1</translation>
    </message>
    <message>
        <source>PCAuth keeps running</source>
        <translation>PCAuth 仍在运行</translation>
    </message>
    <message>
        <source>PCAuth is still running in the tray, so that it can keep the tokens alive. Quit it from the tray menu or with File &gt; Quit; to quit whenever the window is closed, turn on “Quit when the window is closed” in Settings.</source>
        <translation>PCAuth 仍在托盘中运行，以便保持令牌有效。请从托盘菜单或通过“文件 &gt; 退出”退出；若要在每次关闭窗口时退出，请在设置中打开“关闭窗口时退出”。</translation>
    </message>
</context>
<context>
    <name>PCAuth::Vault</name>
    <message>
        <source>Profile id &quot;%1&quot; cannot name a keychain item: it is empty or contains a slash or a space.</source>
        <translation>配置文件 ID“%1”不能用作密钥链项名称：它为空，或包含斜杠或空格。</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>certificate key</source>
        <translation>证书密钥</translation>
    </message>
    <message>
        <source>run consent again</source>
        <translation>请重新执行同意</translation>
    </message>
    <message>
        <source>enter the client secret again</source>
        <translation>请重新输入客户端密码</translation>
    </message>
    <message>
        <source>add the certificate again</source>
        <translation>请重新添加证书</translation>
    </message>
    <message>
        <source>No refresh token to store for profile %1.</source>
        <translation>配置文件 %1 没有要存储的刷新令牌。</translation>
    </message>
    <message>
        <source>The %1 to store is empty.</source>
        <translation>要存储的%1为空。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not stored; nothing was changed. %3</source>
        <translation>未存储配置文件 %2 的%1；未做任何更改。%3</translation>
    </message>
    <message>
        <source>the previous one is kept</source>
        <translation>保留之前的值</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not stored in %3; %4. %5</source>
        <translation>未将配置文件 %2 的%1存储到 %3 中；%4。%5</translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation>读回的内容与写入的内容不同</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4), and putting the previous one back failed too: %5</source>
        <translation>无法在 %3 中验证配置文件 %2 的%1（%4），并且恢复之前的值也失败了：%5</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4); the previous one was put back.</source>
        <translation>无法在 %3 中验证配置文件 %2 的%1（%4）；已恢复之前的值。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4); it was removed again.</source>
        <translation>无法在 %3 中验证配置文件 %2 的%1（%4）；已将其再次删除。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 is stored in %3, but the vault index was not updated: %4</source>
        <translation>配置文件 %2 的%1已存储在 %3 中，但保管库索引未更新：%4</translation>
    </message>
    <message>
        <source>The refresh token of profile %1 in %2 cannot be used: %3 Run consent again to replace it.</source>
        <translation>%2 中配置文件 %1 的刷新令牌无法使用：%3 请重新执行同意以替换它。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be read. %3</source>
        <translation>无法读取配置文件 %2 的%1。%3</translation>
    </message>
    <message>
        <source>%1 returned no %2 for profile %3, although one was stored on %4. If the keyring is locked, unlock it and try again; if the item was deleted, %5.</source>
        <translation>%1 未返回配置文件 %3 的%2，尽管已于 %4 存储过。如果密钥环已锁定，请解锁后重试；如果该项已被删除，%5。</translation>
    </message>
    <message>
        <source>No %1 is stored for profile %2 in %3.</source>
        <translation>%3 中没有为配置文件 %2 存储%1。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not removed. %3</source>
        <translation>未删除配置文件 %2 的%1。%3</translation>
    </message>
    <message>
        <source>Another PCAuth process stored a new refresh token for profile %1 in the same moment; that one is kept in %2 (both are valid).</source>
        <translation>另一个 PCAuth 进程在同一时刻为配置文件 %1 存储了新的刷新令牌；%2 中保留该令牌（两者均有效）。</translation>
    </message>
    <message>
        <source>The refresh token of profile %1 was removed while it was being redeemed, so its successor was not stored.</source>
        <translation>配置文件 %1 的刷新令牌在兑换期间已被删除，因此未存储其后继令牌。</translation>
    </message>
    <message>
        <source>A new consent was stored for profile %1 while its previous refresh token was being redeemed; the new consent is kept and the old token&apos;s successor was not stored.</source>
        <translation>在兑换配置文件 %1 之前的刷新令牌期间，已为其存储了新的同意；新的同意将保留，旧令牌的后继令牌未存储。</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was written to %3 but could not be read back (%4). It was left as written: the previous one could not be read either, so removing the new one could lose the only copy. If the keyring is locked, unlock it and check the profile&apos;s health; if it fails, %5.</source>
        <translation>配置文件 %2 的%1已写入 %3，但无法读回（%4）。已保留写入的值：之前的值同样无法读取，因此删除新值可能会丢失唯一的副本。如果密钥环已锁定，请解锁后检查配置文件的运行状况；如果检查失败，%5。</translation>
    </message>
    <message>
        <source>The keychain item&apos;s lock file %1 cannot be created; check that the folder is writable.</source>
        <translation>无法创建密钥链项的锁文件 %1；请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Another PCAuth process has been changing this keychain item for %1 seconds; try again when that process has finished.</source>
        <translation>另一个 PCAuth 进程已在更改此密钥链项达 %1 秒；请在该进程完成后重试。</translation>
    </message>
</context>
<context>
    <name>PCAuth::VaultIndex</name>
    <message>
        <source>Folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Vault index %1 cannot be read: %2.</source>
        <translation>无法读取保管库索引 %1：%2。</translation>
    </message>
    <message>
        <source>Fix the file or move it away; PCAuth does not overwrite it.</source>
        <translation>请修复该文件或将其移走；PCAuth 不会覆盖它。</translation>
    </message>
    <message>
        <source>Vault index %1 is not a valid JSON object. %2</source>
        <translation>保管库索引 %1 不是有效的 JSON 对象。%2</translation>
    </message>
    <message>
        <source>Vault index %1 has schemaVersion %2, written by a newer PCAuth (this one reads up to %3). Update PCAuth.</source>
        <translation>保管库索引 %1 的 schemaVersion 为 %2，由较新版本的 PCAuth 写入（此版本最多读取到 %3）。请更新 PCAuth。</translation>
    </message>
    <message>
        <source>Vault index %1 lacks a valid &quot;%2&quot; or &quot;%3&quot;. %4</source>
        <translation>保管库索引 %1 缺少有效的 &quot;%2&quot; 或 &quot;%3&quot;。%4</translation>
    </message>
    <message>
        <source>Vault index %1 cannot be written: %2. The previous file is unchanged.</source>
        <translation>无法写入保管库索引 %1：%2。原文件保持不变。</translation>
    </message>
    <message>
        <source>Vault index %1 is being changed by another PCAuth process; try again when it has finished.</source>
        <translation>保管库索引 %1 正被另一个 PCAuth 进程修改；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Vault index %1: profile %2: %3</source>
        <translation>保管库索引 %1：配置文件 %2：%3</translation>
    </message>
    <message>
        <source>Vault index %1: profile %2: &quot;%3&quot; has no known &quot;source&quot;.</source>
        <translation>保管库索引 %1：配置文件 %2：&quot;%3&quot; 没有已知的 &quot;source&quot;。</translation>
    </message>
    <message>
        <source>Vault index %1 cannot be locked for a change (%2), so it was not changed. Check that the folder is writable by you and not full.</source>
        <translation>无法锁定保管库索引 %1 以进行更改（%2），因此未更改它。请检查该文件夹是否可由你写入且未满。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>PCAuth::main</name>
    <message>
        <source>Partner consent, token health and test calls for Microsoft CSP partners.</source>
        <translation>面向 Microsoft CSP 合作伙伴的合作伙伴同意、令牌运行状况和测试调用。</translation>
    </message>
    <message>
        <source>Show versions of PCAuth, Qt, QtKeychain and OpenSSL.</source>
        <translation>显示 PCAuth、Qt、QtKeychain 和 OpenSSL 的版本。</translation>
    </message>
    <message>
        <source>Open the Token Inspector on the token in FILE (- reads standard input, e.g. from pcauthctl token --show-token).</source>
        <translation>使用 FILE 中的令牌打开令牌检查器（- 表示从标准输入读取，例如来自 pcauthctl token --show-token）。</translation>
    </message>
    <message>
        <source>pcauth: cannot read %1: %2
</source>
        <translation>pcauth：无法读取 %1：%2
</translation>
    </message>
    <message>
        <source>Run on an embedded sandbox (a stand-in for Entra ID, Partner Center and Graph on 127.0.0.1) with a demo profile: try everything without a Microsoft tenant.</source>
        <translation>在嵌入式沙盒（在 127.0.0.1 上模拟 Entra ID、合作伙伴中心和 Graph）中使用演示配置文件运行：无需 Microsoft 租户即可试用所有功能。</translation>
    </message>
    <message>
        <source>Read and write profiles in DIR (as pcauthctl --config-dir).</source>
        <translation>在 DIR 中读写配置文件（与 pcauthctl --config-dir 相同）。</translation>
    </message>
    <message>
        <source>As --sandbox, on a pcauth-sandbox already running at URL (the address it prints), e.g. one started with --customers 5000 or --latency-ms 200.</source>
        <translation>与 --sandbox 相同，但使用已在 URL 处运行的 pcauth-sandbox（即它打印的地址），例如以 --customers 5000 或 --latency-ms 200 启动的沙盒。</translation>
    </message>
</context>
<context>
    <name>PrerequisitesForm</name>
    <message>
        <source>&lt;p&gt;The consent records a refresh token for a &lt;b&gt;dedicated integration account&lt;/b&gt; of the partner tenant (for example svc-pcauth@contoso.onmicrosoft.com): an account used by no person, with a strong password and &lt;b&gt;multi-factor authentication&lt;/b&gt;. Partner Center refuses app+user calls whose token shows no MFA.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;app registration&lt;/b&gt; of the profile must exist in the partner tenant, have the Partner Center and Microsoft Graph delegated permissions granted, and list the redirect URI below (platform &quot;Mobile and desktop applications&quot; or &quot;Web&quot;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;同意会为合作伙伴租户的一个&lt;b&gt;专用集成帐户&lt;/b&gt;（例如 svc-pcauth@contoso.onmicrosoft.com）记录刷新令牌：该帐户不供任何人日常使用，具有强密码并启用了&lt;b&gt;多重身份验证&lt;/b&gt;。如果令牌未显示 MFA，合作伙伴中心会拒绝应用+用户调用。&lt;/p&gt;&lt;p&gt;配置文件的&lt;b&gt;应用注册&lt;/b&gt;必须存在于合作伙伴租户中，已授予合作伙伴中心和 Microsoft Graph 的委托权限，并列出下面的重定向 URI（平台为“移动和桌面应用程序”或“Web”）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Redirect URI to register in the app registration:</source>
        <translation>要在应用注册中注册的重定向 URI(&amp;R)：</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>要注册的重定向 URI</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>复制重定向 URI</translation>
    </message>
    <message>
        <source>&amp;Accept a token without MFA (not recommended)</source>
        <translation>接受没有 MFA 的令牌(&amp;A)（不推荐）</translation>
    </message>
    <message>
        <source>Accept a token without MFA (not recommended)</source>
        <translation>接受没有 MFA 的令牌（不推荐）</translation>
    </message>
    <message>
        <source>Keep the token even if the sign-in shows no multi-factor authentication. Partner Center will refuse most calls with it and health flags it.</source>
        <translation>即使登录未显示多重身份验证也保留令牌。合作伙伴中心会拒绝使用它的大多数调用，运行状况检查也会标记它。</translation>
    </message>
    <message>
        <source>Where to sign in</source>
        <translation>登录位置</translation>
    </message>
    <message>
        <source>Sign in &amp;here, in a private browser window of PCAuth</source>
        <translation>在此处登录(&amp;H)，使用 PCAuth 的私密浏览器窗口</translation>
    </message>
    <message>
        <source>Sign in here</source>
        <translation>在此处登录</translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser (PCAuth listens on this computer for the answer)</source>
        <translation>使用系统浏览器登录(&amp;S)（PCAuth 在此计算机上侦听响应）</translation>
    </message>
    <message>
        <source>Sign in with the system browser</source>
        <translation>使用系统浏览器登录</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Use an &amp;existing profile</source>
        <translation>使用现有配置文件(&amp;E)</translation>
    </message>
    <message>
        <source>Use an existing profile</source>
        <translation>使用现有配置文件</translation>
    </message>
    <message>
        <source>Existing profile</source>
        <translation>现有配置文件</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>创建新配置文件</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>Contoso production</source>
        <translation>Contoso 生产环境</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>云(&amp;L)：</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Cloud &amp;file:</source>
        <translation>云文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Custom cloud file</source>
        <translation>自定义云文件</translation>
    </message>
    <message>
        <source>/path/to/cloud.json</source>
        <translation>/path/to/cloud.json</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the custom cloud file</source>
        <translation>选择自定义云文件</translation>
    </message>
    <message>
        <source>Partner &amp;tenant:</source>
        <translation>合作伙伴租户(&amp;T)：</translation>
    </message>
    <message>
        <source>Partner tenant</source>
        <translation>合作伙伴租户</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant id</source>
        <translation>contoso.onmicrosoft.com 或租户 ID</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>应用程序（客户端）ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>应用程序（客户端）ID</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Cre&amp;dential:</source>
        <translation>凭据(&amp;D)：</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>客户端密码(&amp;S)：</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Certificate f&amp;ile:</source>
        <translation>证书文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Certificate file (PEM or PFX)</source>
        <translation>证书文件（PEM 或 PFX）</translation>
    </message>
    <message>
        <source>/path/to/certificate.pfx</source>
        <translation>/path/to/certificate.pfx</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>PFX password or PEM key passphrase</source>
        <translation>PFX 密码或 PEM 密钥的密码短语</translation>
    </message>
    <message>
        <source>Pr&amp;otocol:</source>
        <translation>协议(&amp;O)：</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>重定向 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>正在保存配置文件</translation>
    </message>
    <message>
        <source>Partner tenant:</source>
        <translation>合作伙伴租户：</translation>
    </message>
    <message>
        <source>Partner tenant of the profile</source>
        <translation>配置文件的合作伙伴租户</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>应用程序（客户端）ID：</translation>
    </message>
    <message>
        <source>Application (client) ID of the profile</source>
        <translation>配置文件的应用程序（客户端）ID</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>云：</translation>
    </message>
    <message>
        <source>Cloud of the profile</source>
        <translation>配置文件的云</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>凭据：</translation>
    </message>
    <message>
        <source>Credential of the profile</source>
        <translation>配置文件的凭据</translation>
    </message>
    <message>
        <source>&amp;Create a new profile</source>
        <translation>创建新配置文件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReplaceCredentialDialog</name>
    <message>
        <source>Replace credential</source>
        <translation>替换凭据</translation>
    </message>
    <message>
        <source>What this replaces</source>
        <translation>此操作替换的内容</translation>
    </message>
    <message>
        <source>New &amp;credential:</source>
        <translation>新凭据(&amp;C)：</translation>
    </message>
    <message>
        <source>Kind of the new credential</source>
        <translation>新凭据的类型</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>客户端密码(&amp;S)：</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>新客户端密码</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>证书文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Certificate file (PEM or PFX with its private key)</source>
        <translation>证书文件（包含私钥的 PEM 或 PFX）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>PFX password or key passphrase, if any</source>
        <translation>PFX 密码或密钥的密码短语（如有）</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Replacement progress</source>
        <translation>替换进度</translation>
    </message>
    <message>
        <source>Replacement status</source>
        <translation>替换状态</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the credential</source>
        <translation>替换凭据</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RequestConsolePage</name>
    <message>
        <source>Request console</source>
        <translation>请求控制台</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Partner tenant (or a customer tenant id or domain)</source>
        <translation>合作伙伴租户（或客户租户 ID 或域）</translation>
    </message>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>预设(&amp;E)：</translation>
    </message>
    <message>
        <source>Preset call</source>
        <translation>预设调用</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务(&amp;V)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Pat&amp;h or URL:</source>
        <translation>路径或 URL(&amp;H)：</translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation>路径或 URL</translation>
    </message>
    <message>
        <source>Request b&amp;ody (JSON):</source>
        <translation>请求正文(&amp;O)（JSON）：</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <source>Body problem</source>
        <translation>正文问题</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>发送请求 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>停止等待响应 (Esc)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>复制为 curl(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy the last request as a curl command line; the token is replaced by $TOKEN</source>
        <translation>将上一个请求复制为 curl 命令行；令牌会替换为 $TOKEN</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>请求正在进行</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>响应状态</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>尚未发送请求。</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>关联 ID</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>在正文中查找</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter: next, Shift+Enter: previous</source>
        <translation>Ctrl+F；Enter：下一个，Shift+Enter：上一个</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>Re&amp;quest headers</source>
        <translation>请求标头(&amp;Q)</translation>
    </message>
    <message>
        <source>Request headers sent</source>
        <translation>已发送的请求标头</translation>
    </message>
    <message>
        <source>Response hea&amp;ders</source>
        <translation>响应标头(&amp;D)</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应标头</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>上一个(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>帐户：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Multi-factor authentication:</source>
        <translation>多重身份验证：</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>多重身份验证</translation>
    </message>
    <message>
        <source>Refresh token stored in:</source>
        <translation>刷新令牌存储位置：</translation>
    </message>
    <message>
        <source>Refresh token stored in</source>
        <translation>刷新令牌存储位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>重试登录</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>密钥链</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <source>Keychain backend</source>
        <translation>密钥链后端</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>服务名称：</translation>
    </message>
    <message>
        <source>Keychain service name</source>
        <translation>密钥链服务名称</translation>
    </message>
    <message>
        <source>Run keychain self-test</source>
        <translation>运行密钥链自检</translation>
    </message>
    <message>
        <source>&amp;Run self-test</source>
        <translation>运行自检(&amp;R)</translation>
    </message>
    <message>
        <source>Keychain self-test in progress</source>
        <translation>密钥链自检正在进行</translation>
    </message>
    <message>
        <source>Cancel keychain self-test</source>
        <translation>取消密钥链自检</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Keychain self-test result</source>
        <translation>密钥链自检结果</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>并发数(&amp;O)：</translation>
    </message>
    <message>
        <source>Customer checks at once</source>
        <translation>同时进行的客户检查数</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>&amp;Warning window:</source>
        <translation>警告期(&amp;W)：</translation>
    </message>
    <message>
        <source>Warning window in days</source>
        <translation>警告期（天）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A profile shows a warning this many days before its 90-day inactivity window ends.</source>
        <translation>在 90 天不活动期限结束前这么多天，配置文件会显示警告。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>重启后生效。</translation>
    </message>
    <message>
        <source>Tray and keep-alive while running</source>
        <translation>运行期间的托盘和保活</translation>
    </message>
    <message>
        <source>Show the tray icon and notifications</source>
        <translation>显示托盘图标和通知</translation>
    </message>
    <message>
        <source>Show the tray icon and &amp;notifications</source>
        <translation>显示托盘图标和通知(&amp;N)</translation>
    </message>
    <message>
        <source>Keep tokens alive while PCAuth runs</source>
        <translation>在 PCAuth 运行期间保持令牌有效</translation>
    </message>
    <message>
        <source>&amp;Keep tokens alive while PCAuth runs</source>
        <translation>在 PCAuth 运行期间保持令牌有效(&amp;K)</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>间隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>Keep-alive interval in hours</source>
        <translation>保活间隔（小时）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Keep-alive schedule (outside the app)</source>
        <translation>保活计划（应用之外）</translation>
    </message>
    <message>
        <source>Keep-alive schedule</source>
        <translation>保活计划</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Keep-alive schedule status</source>
        <translation>保活计划状态</translation>
    </message>
    <message>
        <source>Run e&amp;very:</source>
        <translation>运行间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>Keep-alive schedule interval</source>
        <translation>保活计划间隔</translation>
    </message>
    <message>
        <source>Install keep-alive schedule</source>
        <translation>安装保活计划</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <source>Remove keep-alive schedule</source>
        <translation>删除保活计划</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Keep-alive schedule change in progress</source>
        <translation>保活计划更改正在进行</translation>
    </message>
    <message>
        <source>Stop waiting for the scheduler</source>
        <translation>停止等待计划程序</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Keep-alive schedule result</source>
        <translation>保活计划结果</translation>
    </message>
    <message>
        <source>Sandbox and demo</source>
        <translation>沙盒和演示</translation>
    </message>
    <message>
        <source>Start on the sandbox next time</source>
        <translation>下次启动时使用沙盒</translation>
    </message>
    <message>
        <source>Start on the &amp;sandbox next time</source>
        <translation>下次启动时使用沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>沙盒地址</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Settings file path</source>
        <translation>设置文件路径</translation>
    </message>
    <message>
        <source>No token, secret or key is ever written here.</source>
        <translation>此处绝不会写入任何令牌、机密或密钥。</translation>
    </message>
    <message>
        <source>The request timeout applies to the next request; requests under way keep theirs. The concurrency applies to the next customer check.</source>
        <translation>请求超时从下一个请求开始生效；进行中的请求保持原有超时。并发数对下一次客户检查生效。</translation>
    </message>
    <message>
        <source>Quit when the window is closed</source>
        <translation>关闭窗口时退出</translation>
    </message>
    <message>
        <source>Closing the window quits PCAuth even when the tray could keep it running to keep the tokens alive</source>
        <translation>即使托盘可以让 PCAuth 继续运行以保持令牌有效，关闭窗口也会退出 PCAuth</translation>
    </message>
    <message>
        <source>&amp;Quit when the window is closed</source>
        <translation>关闭窗口时退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Connection security</source>
        <translation>连接安全性</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>登录页地址</translation>
    </message>
    <message>
        <source>Connection note</source>
        <translation>连接说明</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>页面加载进度</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. PCAuth is waiting for the answer on this computer. If no browser opened, copy this link into one:</source>
        <translation>请在已打开的浏览器窗口中登录。PCAuth 正在此计算机上等待响应。如果没有打开浏览器，请将此链接复制到浏览器中：</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>登录链接</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Open in system browser instead</source>
        <translation>改为在系统浏览器中打开</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>复制登录链接</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>Open in system b&amp;rowser instead</source>
        <translation>改为在系统浏览器中打开(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>取消登录(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TokenInspectorPage</name>
    <message>
        <source>Token inspector</source>
        <translation>令牌检查器</translation>
    </message>
    <message>
        <source>Paste an access token or id token to see who it is for, what it allows, whether multi-factor authentication was used, and when it expires. The token is decoded on this computer only; it is not sent anywhere or stored.</source>
        <translation>粘贴访问令牌或 ID 令牌，查看它针对谁、允许执行什么操作、是否使用了多重身份验证以及何时过期。令牌仅在此计算机上解码，不会发送到任何地方，也不会被存储。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste token from clipboard</source>
        <translation>从剪贴板粘贴令牌</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Clear token</source>
        <translation>清除令牌</translation>
    </message>
    <message>
        <source>Decoding result</source>
        <translation>解码结果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Multi-factor authentication:</source>
        <translation>多重身份验证：</translation>
    </message>
    <message>
        <source>MFA verdict</source>
        <translation>MFA 判定</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Expiry countdown</source>
        <translation>过期倒计时</translation>
    </message>
    <message>
        <source>Signed-in account:</source>
        <translation>已登录帐户：</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>已登录帐户</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>受众：</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>声明(&amp;C)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>标头(&amp;H)</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>令牌标头</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
</context>
</TS>
