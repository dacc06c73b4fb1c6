package org.openmrs.module.boundaries.standalone;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code /openmrs/} opens the module's sign-in page: the runner has no home page of its own. */
class HomeRedirectServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	@Override
	protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
		resp.sendRedirect(req.getContextPath() + "/moduleResources/boundaries/signin.html");
	}
}
