package org.openmrs.module.boundaries.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Opens a folder of the module's pages at its index page ({@code portal/} at {@code portal/index.html}, the module's
 * own folder at the sign-in page) and answers 404 for a folder without one. The platform's
 * {@code ModuleResourcesServlet} serves files only: asked for a folder, it fails with a 500 and a stack trace.
 * Declared in config.xml on {@code /moduleResources/boundaries/*}; files pass untouched.
 */
public class PageFolderFilter implements Filter {

	static final String RESOURCES_PATH = "/moduleResources/boundaries";

	/** Where the platform copies a started module's web resources, as its ModuleResourcesServlet reads them. */
	private static final String RESOURCES_FOLDER = "/WEB-INF/view/module/boundaries/resources";

	private static final String SIGN_IN_PAGE = "signin.html";

	private static final String INDEX_PAGE = "index.html";

	@Override
	public void init(FilterConfig filterConfig) {
		// nothing to set up
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
	        throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		// the container's decoded and normalised path, not the URI as sent
		String requestPath = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
		String path = requestPath.startsWith(RESOURCES_PATH) ? requestPath.substring(RESOURCES_PATH.length()) : null;
		File folder = path == null ? null : folder(http, path);
		if (folder == null) {
			chain.doFilter(request, response);
			return;
		}
		HttpServletResponse answer = (HttpServletResponse) response;
		String base = http.getContextPath() + RESOURCES_PATH;
		String folderPath = path.replaceAll("^/+|/+$", "");
		if (folderPath.isEmpty()) {
			answer.sendRedirect(base + "/" + SIGN_IN_PAGE);
		} else if (new File(folder, INDEX_PAGE).isFile()) {
			answer.sendRedirect(base + "/" + folderPath + "/" + INDEX_PAGE);
		} else {
			answer.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	/** The module's resource folder the path names, or null when it names a file or anything outside the module. */
	private static File folder(HttpServletRequest request, String path) {
		String resources = request.getServletContext().getRealPath(RESOURCES_FOLDER);
		if (resources == null || (!path.isEmpty() && !path.startsWith("/"))) {
			return null;
		}
		Path base = Paths.get(resources).normalize();
		Path named = Paths.get(resources + path).normalize();
		return named.startsWith(base) && named.toFile().isDirectory() ? named.toFile() : null;
	}

	@Override
	public void destroy() {
		// nothing to release
	}
}
