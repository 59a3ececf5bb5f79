"use client";

/**
 * The last resort, when the root layout itself failed: no translations can be loaded, so the page
 * says it in both interface languages.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "10vh auto", padding: 16 }}>
        <h1>服务器出错了 · Something went wrong on our side</h1>
        <p>Parley 无法显示此页面,请稍后重试。如果问题持续出现,请告诉管理员并提供此代码:{error.digest ?? "—"}</p>
        <p lang="en">Parley could not show this page. Try again later; if it keeps happening, tell your administrator and quote this code: {error.digest ?? "—"}</p>
        <p>
          <a href="/">返回首页 · Back to the home page</a>
        </p>
      </body>
    </html>
  );
}
