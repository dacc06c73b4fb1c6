package org.openmrs.module.boundaries.standalone;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Runner only, and only when a test asks for it ({@link RunnerOptions#serveSpa}): {@code /openmrs/spa/*} as an O3
 * server serves its single-page application. A file is served as it is; any other path (a client-side route such as
 * {@code /spa/home} or {@code /spa/patient/<uuid>/chart}) answers the application's {@code index.html}. Never part of
 * the module or of a real server.
 */
class SpaServlet extends HttpServlet {

	static final String PATH = "/spa";

	private static final long serialVersionUID = 1L;

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		boolean file = !path.endsWith("/") && getServletContext().getResource(path) != null;
		if (file) {
			getServletContext().getNamedDispatcher("default").forward(request, response);
		} else {
			request.getRequestDispatcher(PATH + "/index.html").forward(request, response);
		}
	}
}
