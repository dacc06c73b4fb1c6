package org.openmrs.module.boundaries.web.contactlog;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' reports for a period: {@code /report/gifts} (the gift register, filterable by provider, decision and
 * above-threshold) and {@code /report/concerns} (boundary concerns by provider and kind); {@code format=csv} for CSV.
 */
@RestController
@RequestMapping("/rest/v1/boundaries/report")
public class ReportController {

	@GetMapping("/gifts")
	public Map<String, Object> gifts(@ModelAttribute RegisterParams params, HttpServletRequest request) {
		return Reports.giftRegister(params, request);
	}

	@GetMapping(path = "/gifts", params = "format=csv")
	public void giftsCsv(@ModelAttribute RegisterParams params, HttpServletRequest request,
	        HttpServletResponse response) throws IOException {
		Reports.giftRegisterCsv(params, request, response);
	}

	@GetMapping("/concerns")
	public Map<String, Object> concerns(@ModelAttribute RegisterParams params) {
		return Reports.concerns(params);
	}

	@GetMapping(path = "/concerns", params = "format=csv")
	public ResponseEntity<byte[]> concernsCsv(@ModelAttribute RegisterParams params) {
		return Reports.concernsCsv(params);
	}
}
