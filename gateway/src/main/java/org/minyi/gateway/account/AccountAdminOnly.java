package org.minyi.gateway.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;
import org.minyi.platform.web.ApiProblem;
import org.minyi.platform.web.ApiProblem.Message;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Only county admins manage accounts: any other token gets 403 before its request body is even read
 * (a token-less call never gets this far: 401 from the security chain).
 */
@Configuration
public class AccountAdminOnly implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(AccountController.PATH, AccountController.PATH + "/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !Caller.from(authentication).is(Role.COUNTY_ADMIN)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", new Message("无权访问", "Forbidden"),
                    new Message("只有县级管理员可以管理账号。", "Only county admins manage accounts."));
        }
        return true;
    }
}
