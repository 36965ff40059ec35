package org.minyi.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The login page people see when the dashboard sends them to {@code /oauth2/authorize}: plain HTML,
 * Chinese first with English beside it, no script. The form posts to Spring Security's form login
 * with the CSRF token; after login the browser goes back to the authorization request.
 */
@Controller
public class LoginPageController {

    static final String LOGIN_PATH = "/login";

    @GetMapping(value = LOGIN_PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String loginPage(HttpServletRequest request, CsrfToken csrf) {
        String notice = "";
        if (request.getParameter("error") != null) {
            notice = message("error", "用户名或密码错误，或账号已停用。", "Wrong username or password, or the account is disabled.");
        } else if (request.getParameter("logout") != null) {
            notice = message("info", "您已退出登录。", "You are signed out.");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>登录 · 民意 | Sign in · Minyi</title>
                <style>
                  body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f4f5f7; margin: 0; }
                  main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 8px;
                         box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
                  h1 { font-size: 1.4rem; margin: 0 0 1.5rem; color: #b3261e; }
                  .en { color: #666; font-size: .85em; font-weight: normal; }
                  label { display: block; margin: 1rem 0 .3rem; }
                  input { width: 100%%; box-sizing: border-box; padding: .55rem; font-size: 1rem;
                          border: 1px solid #bbb; border-radius: 4px; }
                  button { margin-top: 1.5rem; width: 100%%; padding: .65rem; font-size: 1rem; color: #fff;
                           background: #b3261e; border: 0; border-radius: 4px; cursor: pointer; }
                  .error { color: #b3261e; } .info { color: #1e5bb3; }
                </style>
                </head>
                <body>
                <main>
                  <h1>民意 · 登录 <span class="en" lang="en">Minyi · Sign in</span></h1>
                  %s
                  <form method="post" action="%s">
                    <label for="username">用户名 <span class="en" lang="en">Username</span></label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">密码 <span class="en" lang="en">Password</span></label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">登录 <span lang="en">Sign in</span></button>
                  </form>
                </main>
                </body>
                </html>
                """.formatted(notice, htmlEscape(request.getContextPath() + LOGIN_PATH),
                htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
    }

    private static String message(String kind, String zh, String en) {
        return "<p class=\"" + kind + "\" role=\"" + (kind.equals("error") ? "alert" : "status") + "\">"
                + zh + "<br><span class=\"en\" lang=\"en\">" + en + "</span></p>";
    }
}
