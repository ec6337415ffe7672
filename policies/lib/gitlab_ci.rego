# Helpers over a GitLab CI unit: the input is the composed pipeline, includes merged and
# extends/default resolved (docs/inputs/gitlab_ci.md).
package tollgate.lib.gitlab_ci

jobs contains {"id": id, "job": job, "path": ["jobs", id]} if {
	some id, job in input.jobs
	is_object(job)
}

# Every container image a job runs: its image and its services.
images contains {"path": array.concat(j.path, ["image"]), "ref": j.job.image, "label": job_label(j.id, "image")} if {
	some j in jobs
	is_string(j.job.image)
}

images contains {"path": array.concat(j.path, ["image", "name"]), "ref": j.job.image.name, "label": job_label(j.id, "image")} if {
	some j in jobs
	is_string(j.job.image.name)
}

images contains {"path": array.concat(j.path, ["services", i]), "ref": s, "label": job_label(j.id, "service")} if {
	some j in jobs
	some i, s in j.job.services
	is_string(s)
}

images contains {"path": array.concat(j.path, ["services", i, "name"]), "ref": s.name, "label": job_label(j.id, "service")} if {
	some j in jobs
	some i, s in j.job.services
	is_string(s.name)
}

job_label(id, what) := concat("", ["job '", id, "' ", what])
